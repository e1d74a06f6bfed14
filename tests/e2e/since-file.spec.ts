import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/**
 * The one "Since last meeting" check that needs a browser: a file given in the pack builder is read as an import is
 * (off the main thread, under the site's policy) and the builder and slide stay accessible. The rest is covered by
 * tests/features/present/since-last-meeting.test.tsx.
 */
test('a file chosen in the pack builder is what the Since last meeting slide compares with', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  // The bundled report's first cut: CSC 022's September was 92.0%, on its 90% target, before it came down to 81.3%.
  const report = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as {
    reportingPeriod: { asAt: string };
    measures: { id: string; monthly: { month: string; value: number | null }[] }[];
  };
  report.reportingPeriod.asAt = '2023-09-26';
  const september = report.measures.find((m) => m.id === 'csc-022')!.monthly.find((p) => p.month === '2023-09')!;
  september.value = 92;

  await page.goto('/present/pack?pack=csc-022,csc-026&period=2023-09');
  await page.getByLabel('Open with “Since last meeting”, compared with').selectOption('file');
  await page.getByLabel('File to compare with (JSON or CSV)').setInputFiles({ name: 'q2-first-cut.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
  await expect(page.getByRole('status').filter({ hasText: 'Comparing with' })).toHaveText('Comparing with q2-first-cut.json. It is not kept: after a reload, choose it again.');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Present this pack' }).click();
  await expect(page.getByText('Sep 2023 against Sep 2023 in q2-first-cut.json')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status changed' }).getByRole('listitem')).toHaveText([/CSC 022.*Off target.*was on target/]);
  await expect(page.getByRole('region', { name: 'Biggest movers' }).getByRole('listitem')).toHaveText([/CSC 022.*92\.0% to 81\.3%/]);
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});
