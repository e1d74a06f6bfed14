import { describe, expect, it } from 'vitest';
import { buildSlideNotes } from '../../../src/features/present/build-slides';
import { makeDataset } from '../../fixtures/make-dataset';

describe('buildSlideNotes', () => {
  it('keeps the whole definition and every block of the analysis, list items as paragraphs', () => {
    const section = makeDataset().sections[0];
    expect(buildSlideNotes(section)).toEqual([
      { heading: 'Definition', paragraphs: ['Percentage of referrals completed within 1 working day and over 3 working days.'] },
      {
        heading: 'Analysis',
        paragraphs: [
          'In Q2 2023/24, 78.0% of children had their referral completed within 1 working day.',
          'Difficulties in contacting the family for further information',
          'Awaiting further information from a 3rd party',
        ],
      },
    ]);
  });

  it('leaves out what is empty, and gives no notes without a section', () => {
    const section = { ...makeDataset().sections[1]!, analysis: [] };
    expect(buildSlideNotes(section).map((note) => note.heading)).toEqual(['Definition']);
    expect(buildSlideNotes(undefined)).toEqual([]);
  });
});
