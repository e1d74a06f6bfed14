import { compareDirection, describeNoComparison } from '../../src/domain/compare-direction';
import type { Measure } from '../../src/domain/indicators';
import { describeDirection } from '../../src/presenters/describe-direction';
import { csc022, csc026, csc181, csc201 } from '../fixtures/make-measure';

const words = (measure: Measure, current: number | null, previous: number | null, comparedWith: string) =>
  describeDirection(compareDirection(measure, current, previous, comparedWith), measure.unit);

describe('describeDirection', () => {
  it('says improving or worsening by polarity (CSC 022 higher is better, CSC 026 lower is better)', () => {
    expect(words(csc022, 81.3, 65.0, 'Aug 2023')).toBe('Improving: up 16.3 pp on Aug 2023');
    expect(words(csc022, 65.0, 86.3, 'Jul 2023')).toBe('Worsening: down 21.3 pp on Jul 2023');
    expect(words(csc026, 6.0, 1.0, 'Jul 2023')).toBe('Worsening: up 5.0 pp on Jul 2023');
    expect(words(csc026, 1.4, 6.0, 'Aug 2023')).toBe('Improving: down 4.6 pp on Aug 2023');
  });

  it('says only up or down for a neutral measure (children in care), and writes rates per 10k', () => {
    expect(words(csc201, 358, 343, 'Jun 2023')).toBe('Up 15 on Jun 2023');
    expect(words(csc201, 354, 358, 'Jul 2023')).toBe('Down 4 on Jul 2023');
    expect(words(csc181, 55.3, 50.3, 'Aug 2023')).toBe('Up 5.0 per 10k on Aug 2023');
  });

  it('says no change, and no comparison when a figure is missing', () => {
    expect(words(csc201, 354, 354, 'Aug 2023')).toBe('No change on Aug 2023');
    expect(words(csc022, null, 65.0, 'Aug 2023')).toBe('No comparison available');
  });

  it('says why a comparison would mislead', () => {
    expect(describeDirection(describeNoComparison({ kind: 'not-like-for-like' }, 'Q1 2023/24'), 'count')).toBe('No like-for-like comparison with Q1 2023/24');
    expect(describeDirection(describeNoComparison({ kind: 'part-period', partialLabel: '2023/24' }, '2022/23'), 'count')).toBe(
      'No like-for-like comparison with 2022/23: 2023/24 covers part of the period',
    );
    expect(describeDirection(describeNoComparison({ kind: 'year-to-date-grows' }, 'Q1 2023/24'), 'count')).toBe(
      'No like-for-like comparison with Q1 2023/24: a year-to-date total grows through the year',
    );
  });
});
