import { readFileSync } from 'node:fs';
import { test, expect, screenshot } from './fixtures';

// The bundled report prints no benchmarks; the clearly labelled synthetic demo carries them (scripts/generate-benchmark-demo.ts).
const DEMO = '?data=/data/demo-benchmarks.json';

// axe on a page of charts is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

test('tiles show the benchmarks with their year, a rank and a quartile band; a count shows none', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Benchmarks demo (synthetic data)' }).click();
  await expect(page.getByText('Synthetic demo data')).toBeVisible();

  const reReferrals = page.getByRole('article').filter({ has: page.getByRole('link', { name: '% of referrals that are re-referrals within 12 months' }) });
  const line = reReferrals.getByTestId('benchmark-line');
  await expect(line).toContainText('Benchmarks 2022/23:');
  await expect(line.locator('dt')).toHaveText(['England (synthetic)', 'North (synthetic region)', 'Neighbours']);
  await expect(line.locator('dd')).toHaveText(['21.2%', '17.8%', '18.1%']);
  await expect(line).toContainText('58th of 135 authorities · quartile band B');

  // Lower is better for NEET, and the demo authority has the lowest figure: 1st, band A.
  const neet = page.getByRole('article').filter({ has: page.getByRole('link', { name: /not in education, employment or training/ }) });
  await expect(neet.getByTestId('benchmark-line')).toContainText('1st of 135 authorities · quartile band A');
  // Three authorities share 72%: the shared place is written "=133rd".
  const assessments = page.getByRole('article').filter({ has: page.getByRole('link', { name: /assessments completed within 45 working days/ }) });
  await expect(assessments.getByTestId('benchmark-line')).toContainText('=133rd of 135 authorities · quartile band D');

  const count = page.getByRole('article').filter({ has: page.getByRole('link', { name: 'Number of referrals received in the month' }) });
  await expect(count).toBeVisible();
  await expect(count.getByTestId('benchmark-line')).toHaveCount(0);

  await reReferrals.scrollIntoViewIfNeeded();
  await screenshot(page, 'benchmarks-tiles-1366');
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('the measure page draws England, region and neighbours beside the bars, tabulates them and names the source', async ({
  page,
  consoleErrors,
  expectNoAxeViolations,
}) => {
  await page.goto(`/measure/demo-re-referrals${DEMO}`);
  const headline = page.getByRole('region', { name: /^Headline for/ });
  await expect(headline).toContainText('Published benchmarks');
  await expect(headline).toContainText('Benchmarks 2022/23:');

  const annual = page.getByRole('region', { name: 'Year by year' });
  const figure = annual.getByRole('figure');
  await expect(figure.locator('figcaption')).toContainText('Published benchmarks for 2022/23: England (synthetic) 21.2%, North (synthetic region) 17.8%, Neighbours 18.1%');
  for (const key of ['england', 'region', 'neighbours']) await expect(figure.locator(`.benchmark-line-${key}`)).toHaveCount(1);
  // 2019/20 to 2022/23 have benchmarks; 2023/24 (the year in progress) has none yet, so no marker is drawn for it.
  await expect(figure.locator('svg.recharts-surface .benchmark-marker-england')).toHaveCount(4);
  await expect(figure.getByRole('listitem').filter({ hasText: 'Neighbours (average)' })).toBeVisible();

  const table = annual.getByRole('table', { name: /Annual Trend and published benchmarks/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Year', 'Figure', 'Numerator', 'Denominator', 'Target', 'Status', 'Events', 'England (synthetic)', 'North (synthetic region)', 'Neighbours (average)', 'Rank of all authorities']);
  const row2223 = table.getByRole('row', { name: /^2022\/23/ });
  await expect(row2223).toContainText('21.2%');
  await expect(row2223).toContainText('58th of 135 (band B)');
  await expect(table.getByRole('row', { name: /^2023\/24/ })).toContainText('—');
  await expect(annual.getByRole('link', { name: /Children in need \(synthetic demonstration file\)/ })).toHaveAttribute('href', 'https://example.org/synthetic-benchmarks-demo/children-in-need');
  await expect(annual).toContainText('published 26 October 2023');

  await annual.scrollIntoViewIfNeeded();
  await screenshot(page, 'benchmarks-annual-1366');

  const svgPromise = page.waitForEvent('download');
  await annual.getByRole('button', { name: 'Download SVG' }).click();
  const svg = readFileSync(await (await svgPromise).path(), 'utf8');
  expect(svg).toContain('Neighbours (average)');
  expect(svg).toContain('benchmark-line-england');

  const monthly = page.getByRole('region', { name: /^Month by month/ });
  await expect(monthly.getByRole('listitem').filter({ hasText: 'England (synthetic) 2022/23: 21.2%' })).toBeVisible();
  await monthly.scrollIntoViewIfNeeded();
  await screenshot(page, 'benchmarks-monthly-1366');

  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('a slide carries the benchmarks with their year, and the CSV export has them as numbers', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/present${DEMO}&slide=2`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('% of referrals that are re-referrals within 12 months');
  await expect(page.getByTestId('benchmark-line')).toContainText('Benchmarks 2022/23: England (synthetic) 21.2%');
  await expect(page.getByTestId('benchmark-line')).toContainText('58th of 135 authorities');
  // The slide controls fade out while the presenter is idle (and mid-fade fail a contrast check): wake them first.
  await page.mouse.move(400, 400);
  await page.mouse.move(420, 420);
  await expect(page.getByRole('navigation', { name: 'Presentation controls' })).toHaveCSS('opacity', '1');
  await expectNoAxeViolations(page);
  await expect(page.locator('figure svg.recharts-surface')).toBeVisible();
  await screenshot(page, 'benchmarks-slide-1920');

  await page.goto(`/${DEMO}`);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await downloadPromise).path(), 'utf8');
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(header).toContain('benchmark_year,benchmark_england,benchmark_region_name,benchmark_region,benchmark_neighbours_average,rank_of_authorities,authorities_ranked,quartile_band');
  expect(rows.find((row) => row.startsWith('demo-re-referrals,'))).toMatch(/,2022\/23,21\.2,North \(synthetic region\),17\.8,18\.1,58,135,B$/);
  expect(consoleErrors).toEqual([]);
});

test('the bundled report shows no benchmarks anywhere', async ({ page, consoleErrors }) => {
  await page.goto('/measure/csc-026');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CSC 026');
  await expect(page.getByTestId('benchmark-line')).toHaveCount(0);
  await expect(page.locator('.benchmark-line')).toHaveCount(0);
  await expect(page.getByText('Benchmark sources')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('a file of benchmarks alone, imported on the SPC demo, adds them to the data on screen', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  const demo = JSON.parse(readFileSync('public/data/demo-benchmarks.json', 'utf8')) as { benchmarks: unknown };
  await page.goto('/?data=/data/demo-synthetic.json');
  const tile = page.getByRole('article').filter({ has: page.getByRole('link', { name: '% of referrals that are re-referrals within 12 months' }) });
  await expect(tile).toBeVisible();
  await expect(tile.getByTestId('benchmark-line')).toHaveCount(0);

  await page.getByRole('button', { name: 'Import data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles({
    name: 'synthetic-benchmarks.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ benchmarks: demo.benchmarks })),
  });
  await expect(dialog).toContainText('Benchmarks for 4 measures were added to the data on screen (Demo Borough Council (synthetic data)).');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Use this data' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Data source' })).toContainText('synthetic-benchmarks.json');
  await expect(tile.getByTestId('benchmark-line')).toContainText('Benchmarks 2022/23:');
  await expect(tile.getByTestId('benchmark-line').locator('dd').first()).toHaveText('21.2%');

  await page.getByRole('button', { name: 'Back to the bundled report' }).click();
  expect(consoleErrors).toEqual([]);
});
