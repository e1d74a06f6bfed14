import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../../src/data/contract/indicator-schema';
import { datasetModelOf } from '../../../src/domain/dataset-model';
import { buildSlides } from '../../../src/features/present/build-slides';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const periodModel = datasetModelOf(bundled).forPeriod('2023-09')!;

describe('slide notes', () => {
  it("hold CSC 022's whole definition and analysis, every reason included, then the drafted commentary", () => {
    const deck = buildSlides(periodModel, { area: ['front-door'] }, 'measure');
    const slide = deck.slides.find((s) => s.key === 'csc-022')!;
    expect(slide.notes.map((n) => n.heading)).toEqual(['Definition', 'Performance analysis', 'Drafted from the figures (check before use)']);
    expect(slide.notes[0]?.paragraphs[0]).toMatch(/^Percentage of referrals completed within 1 working day and over 3 working days\./);
    expect(slide.notes[1]?.paragraphs.slice(1)).toEqual([
      'All referrals that are completed out of timescale are reviewed by the service manager to ensure the delay was unavoidable. A summary of the reasons are as follows:',
      '• Difficulties in contacting the family for further information',
      '• Awaiting further information from a 3rd party',
      '• Further information gathering to allow for an informed decision.',
    ]);
    expect(slide.notes[2]?.paragraphs[0]).toMatch(/^81\.3% of referrals completed within 1 working day in September 2023/);
  });

  it('give a section slide its definition and analysis, with no draft of one measure', () => {
    const deck = buildSlides(periodModel, { area: ['front-door'] }, 'section');
    const slide = deck.slides.find((s) => s.key === 'referrals-timeliness')!;
    expect(slide.notes.map((n) => n.heading)).toEqual(['Definition', 'Performance analysis']);
    expect(slide.notes[1]?.paragraphs).toHaveLength(5);
  });

  it('carry the "data as at" and source lines for exported charts', () => {
    expect(buildSlides(periodModel, {}, 'measure').source.asAt).toBe('Data as at 30 September 2023');
  });
});
