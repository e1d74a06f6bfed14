import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../../src/data/contract/indicator-schema';
import { datasetModelOf } from '../../../src/domain/dataset-model';
import { buildSlides, pickPoints, type MeasureSlide, type SectionSlide } from '../../../src/features/present/build-slides';

// The bundled report, so the slides are the ones a meeting sees.
const dataset = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const q2 = datasetModelOf(dataset).forPeriod('2023-24-Q2')!;
const REASONS = [
  'Difficulties in contacting the family for further information',
  'Awaiting further information from a 3rd party',
  'Further information gathering to allow for an informed decision.',
];

describe('buildSlides', () => {
  it("says what of CSC 022's analysis is left off the slide, and keeps all of it in the notes", () => {
    const slide = buildSlides(q2, { area: ['front-door'] }, 'measure').slides[0] as MeasureSlide;
    expect(slide.heading).toBe('CSC 022: Monthly % of referrals completed within 1 working day');
    expect(slide.points).toHaveLength(1);
    expect(slide.points[0]).toMatch(/^In Q2 2023\/24, 78\.0% of children had their referral completed within 1 working day\./);
    expect(slide.hiddenPoints).toBe(4);
    expect(slide.more).toBe('4 more points in the notes');

    expect(slide.notes.map((n) => n.heading)).toEqual(['Definition', 'Analysis', 'Drafted commentary']);
    const analysis = slide.notes[1]!.paragraphs;
    expect(analysis).toHaveLength(5);
    expect(analysis.slice(2)).toEqual(REASONS.map((reason) => `• ${reason}`));
    expect(slide.notes[0]!.paragraphs[0]).toMatch(/^Percentage of referrals completed within 1 working day/);
    expect(slide.notes[2]!.paragraphs[0]).toMatch(/^78\.0% of referrals completed within 1 working day in Q2 2023\/24/);
  });

  it("gives a section slide every measure's drafted commentary in its notes", () => {
    const slide = buildSlides(q2, { area: ['front-door'] }, 'section').slides[0] as SectionSlide;
    expect(slide.heading).toBe('Referrals: timeliness');
    expect(slide.tiles.map((t) => t.code)).toEqual(['CSC 022', 'CSC 026']);
    expect(slide.notes.map((n) => n.heading)).toEqual(['Definition', 'Analysis', 'Drafted commentary: CSC 022', 'Drafted commentary: CSC 026']);
    expect(slide.points.length + slide.hiddenPoints).toBe(5);
    expect(slide.more).toBe(`${slide.hiddenPoints} more points in the notes`);
  });
});

describe('pickPoints', () => {
  it('shows the whole of a short analysis and says nothing more', () => {
    expect(pickPoints([{ type: 'paragraph', text: 'Stable this quarter.' }])).toEqual({ points: ['Stable this quarter.'], hiddenPoints: 0, more: null });
  });

  it('says when a point is cut short, even with nothing left off', () => {
    const long = `${'The figure rose in every month of the quarter. '.repeat(10)}`.trim();
    const picked = pickPoints([{ type: 'paragraph', text: long }]);
    expect(picked.points[0]!.length).toBeLessThan(long.length);
    expect(picked.hiddenPoints).toBe(0);
    expect(picked.more).toBe('The full text is in the notes');
  });

  it('counts one point left off in the singular', () => {
    const blocks = [{ type: 'list' as const, items: ['One.', 'Two.', 'Three.', 'Four.'] }];
    expect(pickPoints(blocks, { points: 3, characters: 600 }).more).toBe('1 more point in the notes');
  });
});
