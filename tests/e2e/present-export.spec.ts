import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, screenshot } from './fixtures';

test('presentation: clicker keys move slides, the URL follows, Esc goes back', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?area=front-door&period=2023-09');
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page).toHaveURL(/\/present\?area=front-door&period=2023-09/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSC 022: Monthly % of referrals completed within 1 working day');
  await expect(page.getByText('Slide 1 / 9')).toBeAttached();
  await expect(page.locator('figure svg.recharts-surface')).toBeVisible();
  await screenshot(page, 'present-1920');
  await expectNoAxeViolations(page);

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=2/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^CSC 026/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/slide=4/);
  await page.keyboard.press('End');
  await expect(page.getByText('Slide 9 / 9')).toBeAttached();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/slide=3/);

  await page.reload();
  await expect(page.getByText('Slide 3 / 9')).toBeAttached();

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?area=front-door&period=2023-09$/);
  await expect(page.getByRole('searchbox', { name: 'Search measures' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('CSV export of the filtered overview opens cleanly in Excel', async ({ page }) => {
  await page.goto('/?area=care-leavers&period=2023-24-Q2');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('darlington-borough-council-q2-2023-24-indicators.csv');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe(
    'measure_id,code,title,service_area,unit,polarity,period,period_label,value,numerator,denominator,previous_period,previous_value,target,status,better (+) / worse (-) than target,note,family,judged_against,' +
      'benchmark_year,benchmark_england,benchmark_region_name,benchmark_region,benchmark_neighbours_average,rank_of_authorities,authorities_ranked,quartile_band',
  );
  expect(lines).toHaveLength(5);
  expect(lines.slice(1).every((line) => /,Care leavers,percent,(higher|lower) is better,2023-24-Q2,Q2 2023\/24,/.test(line))).toBe(true);
  // Each row names the period the direction of travel compares with.
  expect(lines.slice(1).every((line) => line.includes(',Q1 2023/24,'))).toBe(true);
});

test('a chart downloads as a 16:9 PNG and as SVG with its title, legend, "data as at" and source', async ({ page }) => {
  await page.goto('/measure/csc-022');
  const figure = page.locator('section[aria-labelledby="monthly-figures"] figure svg.recharts-surface');
  await expect(figure).toBeVisible();

  const pngPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).first().click();
  const png = readFileSync(await (await pngPromise).path());
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  // IHDR: width and height as big-endian integers at bytes 16 and 20: 1920x1080 whatever the window's size.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  if (process.env.SAVE_CHART_PNG) writeFileSync(process.env.SAVE_CHART_PNG, png);

  const svgPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SVG' }).first().click();
  const svgDownload = await svgPromise;
  expect(svgDownload.suggestedFilename()).toBe('csc-022-monthly-2023-09.svg');
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 960 540"/);
  for (const words of [
    'CSC 022: Monthly % of referrals completed within 1 working day',
    'Darlington Borough Council · Month by month, 2023/24 · Sep 2023 highlighted',
    // The legend under the title, as under the chart on the page.
    '>Monthly figure</text>',
    '>Target 90%</text>',
    '>Data as at 30 September 2023</text>',
    "Source: Darlington Borough Council, Children's Social Care Performance &amp; Practice Report",
  ])
    expect(svg).toContain(words);
});

test('print gives a clean pack: no buttons, figures and tables kept', async ({ page }) => {
  await page.goto('/?period=2023-24-Q2');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search measures' })).toBeHidden();
  await expect(page.getByText('All service areas · 74 of 74 measures')).toBeVisible();
  await screenshot(page, 'print-overview');

  await page.goto('/measure/csc-178?period=2023-24-Q2');
  await expect(page.getByRole('table').first()).toBeVisible();
  // Still in the page, but not on paper.
  await expect(page.locator('button', { hasText: 'Download PNG' }).first()).toBeAttached();
  await expect(page.locator('button', { hasText: 'Download PNG' }).first()).toBeHidden();
  await screenshot(page, 'print-measure', { fullPage: true });
});

test('Ctrl+P prints every sparkline, even of tiles never scrolled into view', async ({ page }) => {
  const printed = new Promise<string>((resolve) => {
    page.on('console', (message) => {
      if (message.text().startsWith('printed:')) resolve(message.text());
    });
  });
  await page.addInitScript(() => {
    // Added before the app's own listener, so it counts what was printed before the app tidies up.
    window.addEventListener('afterprint', () => {
      const drawn = document.querySelectorAll('article [role="img"] svg').length;
      const waiting = document.querySelectorAll('article [role="img"].bg-slate-100').length;
      console.log(`printed: ${drawn} drawn, ${waiting} placeholders`);
    });
  });
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeAttached();
  // No tile is on the first screen at 1366x768, so no chart code has loaded yet.
  await expect(page.locator('article [role="img"] svg')).toHaveCount(0);
  await page.evaluate(() => {
    window.print = () => ((window as unknown as { printRequested: boolean }).printRequested = true);
  });
  await page.keyboard.press('Control+p');
  await page.waitForFunction(() => (window as unknown as { printRequested?: boolean }).printRequested === true);
  await page.pdf();
  expect(await printed).toBe('printed: 44 drawn, 0 placeholders');
});
