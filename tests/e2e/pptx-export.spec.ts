import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { test, expect } from './fixtures';

test('PowerPoint: a slide per slide of the deck, a 16:9 chart on each, the full analysis in the speaker notes', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/present?area=front-door&period=2023-09');
  await expect(page.getByText('Slide 1 / 9')).toBeAttached();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as PowerPoint' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('performance-pack-2023-09-by-measure.pptx');
  await expect(page.getByRole('status').filter({ hasText: 'PowerPoint file with 9 slides downloaded.' })).toBeAttached();

  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const files = Object.keys(zip.files);
  const slides = files.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  expect(slides).toHaveLength(9);

  const first = await zip.file('ppt/slides/slide1.xml')!.async('string');
  expect(first).toContain('CSC 022: Monthly % of referrals completed within 1 working day');
  const notes = await Promise.all(files.filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
  // CSC 022's third reason, which the slide itself has no room for.
  expect(notes.some((xml) => xml.includes('Further information gathering to allow for an informed decision.'))).toBe(true);

  const pictures = files.filter((name) => /^ppt\/media\/.+\.png$/.test(name));
  expect(pictures).toHaveLength(9);
  for (const name of pictures) {
    const png = Buffer.from(await zip.file(name)!.async('uint8array'));
    // IHDR: width and height at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  }
  for (const slide of slides) expect(await zip.file(slide)!.async('string')).toContain('<p:pic>');
  expect(consoleErrors).toEqual([]);
});
