import { describe, expect, it } from 'vitest';
import { datasetModelOf } from '../../../src/domain/dataset-model';
import { buildSlideNotes, flattenBlocks } from '../../../src/features/present/build-slide-notes';
import { makeDataset } from '../../fixtures/make-dataset';

describe('buildSlideNotes', () => {
  const dataset = makeDataset();
  const periodModel = datasetModelOf(dataset).forPeriod('2023-24-Q2')!;

  it('keeps the whole definition and every block of the analysis, list items as bulleted paragraphs', () => {
    expect(buildSlideNotes(dataset.sections[0], [], periodModel)).toEqual([
      { heading: 'Definition', paragraphs: ['Percentage of referrals completed within 1 working day and over 3 working days.'] },
      {
        heading: 'Analysis',
        paragraphs: [
          'In Q2 2023/24, 78.0% of children had their referral completed within 1 working day.',
          '• Difficulties in contacting the family for further information',
          '• Awaiting further information from a 3rd party',
        ],
      },
    ]);
  });

  it('leaves out what is empty, and gives no notes without a section or measures', () => {
    const section = { ...dataset.sections[1]!, analysis: [] };
    expect(buildSlideNotes(section, [], periodModel).map((note) => note.heading)).toEqual(['Definition']);
    expect(buildSlideNotes(undefined, [], periodModel)).toEqual([]);
  });

  it('flattens paragraphs and lists in their order', () => {
    expect(flattenBlocks([{ type: 'paragraph', text: 'First.' }, { type: 'list', items: ['a', 'b'] }])).toEqual(['First.', '• a', '• b']);
  });
});
