import type { Measure } from '../../../src/data/indicator-schema';
import { shiftMonth } from '../../../src/domain/period';
import { makeMeasure } from '../../fixtures/make-measure';

/** Consecutive monthly points from a first month, across financial years; null leaves a month empty. */
export function monthlyFrom(first: string, values: (number | null)[]): Measure['monthly'] {
  return values.map((value, i) => ({ month: shiftMonth(first, i), value }));
}

/**
 * The outlier worked example, Apr 2022 to Sep 2023 (18 months): 80 and 84 alternating for 16 months, Aug 2023 50,
 * Sep 2023 82. Mean 1444 / 18 = 80.222; moving ranges fifteen of 4, then |50 - 84| = 34 and |82 - 50| = 32, so
 * mrBar = 126 / 17 = 7.412. Lower limit 80.222 - 2.66 x 7.412 = 60.507, upper 99.938; 2-sigma lower 67.081.
 */
export const OUTLIER_VALUES = [80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 50, 82];

export function makeTimeliness(values: (number | null)[], overrides: Partial<Measure> = {}): Measure {
  return makeMeasure({
    id: 'referrals-in-1-day',
    title: 'Referrals completed within 1 working day',
    target: 90,
    monthly: monthlyFrom('2022-04', values),
    ...overrides,
  });
}
