import { test, expect, screenshot } from './fixtures';

// Temporary: screenshots to look at while building issue 14 (not committed).
for (const [name, url] of [
  ['look-overview', '/'],
  ['look-overview-q2', '/?period=2023-24-Q2&area=assessment-and-child-protection'],
  ['look-overview-year', '/?period=2023-24&area=assessment-and-child-protection'],
  ['look-csc-002', '/measure/csc-002'],
  ['look-csc-040', '/measure/csc-040'],
  ['look-csc-040-q2', '/measure/csc-040?period=2023-24-Q2'],
  ['look-csc-040-year', '/measure/csc-040?period=2023-24'],
  ['look-dental', '/measure/cic-dental-check-ytd'],
  ['look-csc-251', '/measure/csc-251?period=2023-24-Q2'],
  ['look-csc-035', '/measure/csc-035'],
  ['look-slide', '/present?at=cic-dental-check-ytd'],
  ['look-slide-040', '/present?at=csc-040&period=2023-24-Q2'],
] as const) {
  test(name, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(1200);
    if (name.includes('slide')) {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.waitForTimeout(800);
      return screenshot(page, name);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1366, height: 1100 });
    for (let y = 0, i = 0; y < Math.min(height, 4400); y += 1050, i++) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `test-results/screenshots/${name}-${i}.png` });
    }
  });
}
