import {
  describeAgainstTarget,
  describeComparison,
  describeExtremeMonths,
  describeFigure,
  describeSpcSignal,
  describeWhen,
} from '../../src/presenters/draft-phrases';
import { aggregatePeriod } from '../../src/domain/aggregate-period';
import { computeVariance } from '../../src/domain/compute-variance';
import { createMonthPeriod, createQuarterPeriod, createYearPeriod } from '../../src/domain/period';
import type { SpcAnalysis } from '../../src/domain/spc/analyse-spc';
import type { Measure } from '../../src/domain/indicators';
import { csc022, csc036, csc178WithTarget, csc181, csc201, csc215Children, csc215Episodes, makeMeasure, monthsFrom } from '../fixtures/make-measure';

const NO_FRACTION = { numerator: null, denominator: null };
const september = createMonthPeriod('2023-09');
const q2 = createQuarterPeriod(2023, 2);
const fy2023 = createYearPeriod(2023);

describe('describeFigure', () => {
  it('reads "% of ..." titles as a share, with the fraction only when both parts are known', () => {
    expect(describeFigure(csc178WithTarget, 70.2, { numerator: 40, denominator: 57 })).toBe("70.2% (40 of 57) of ICPC's held within 15 days");
    expect(describeFigure(csc178WithTarget, 70.2, { numerator: 40, denominator: null })).toBe("70.2% of ICPC's held within 15 days");
    expect(describeFigure(csc178WithTarget, 70.2, { numerator: null, denominator: 57 })).toBe("70.2% of ICPC's held within 15 days");
    expect(describeFigure(csc022, 81.3, NO_FRACTION)).toBe('81.3% of referrals completed within 1 working day');
  });

  it('does not read "% completed ..." as "of completed"', () => {
    const measure = makeMeasure({ id: 'p', title: '% completed within 45 days' });
    expect(describeFigure(measure, 81, NO_FRACTION)).toBe('% completed within 45 days: 81.0%');
    const percentage = makeMeasure({ id: 'q', title: 'Percentage of the assessments authorised' });
    expect(describeFigure(percentage, 81, NO_FRACTION)).toBe('81.0% of assessments authorised');
  });

  it('reads "Number of ..." titles as a count, and anything else as title and figure', () => {
    expect(describeFigure(makeMeasure({ id: 'n', unit: 'count', title: 'Total number of the Children in Care' }), 354, NO_FRACTION)).toBe('354 Children in Care');
    expect(describeFigure(csc201, 354, NO_FRACTION)).toBe('354 Children in Care');
    expect(describeFigure(csc181, 55.3, NO_FRACTION)).toBe('Rate of children subject to a CP Plan per 10,000 population: 55.3 per 10k');
    // A count whose title says "% of" is not read as a share, nor a percentage whose title says "Number of".
    expect(describeFigure(makeMeasure({ id: 'c', unit: 'count', title: '% of plans' }), 4, NO_FRACTION)).toBe('% of plans: 4');
    expect(describeFigure(makeMeasure({ id: 'd', title: 'Number of plans' }), 4, NO_FRACTION)).toBe('Number of plans: 4.0%');
  });

  it('drops a note after the title, a final full stop and a bracketed basis, only at the end', () => {
    const noted = makeMeasure({ id: 'a', unit: 'count', title: 'Number of ICPCs (CPP). Excludes transfer-in conferences' });
    expect(describeFigure(noted, 12, NO_FRACTION)).toBe('12 ICPCs (CPP)');
    const initials = makeMeasure({ id: 'b', unit: 'count', title: 'Number of visits by the U.K. team' });
    expect(describeFigure(initials, 3, NO_FRACTION)).toBe('3 visits by the U.K. team');
    const stop = makeMeasure({ id: 'c', unit: 'count', title: 'Number of visits.' });
    expect(describeFigure(stop, 3, NO_FRACTION)).toBe('3 visits');
    const basis = makeMeasure({ id: 'd', unit: 'count', title: 'Number of visits (monthly)' });
    expect(describeFigure(basis, 3, NO_FRACTION)).toBe('3 visits');
    const notLast = makeMeasure({ id: 'e', unit: 'count', title: 'Number of visits (monthly) by social workers' });
    expect(describeFigure(notLast, 3, NO_FRACTION)).toBe('3 visits (monthly) by social workers');
    const spaced = makeMeasure({ id: 'f', unit: 'count', title: 'Number of visits(in month)' });
    expect(describeFigure(spaced, 3, NO_FRACTION)).toBe('3 visits');
  });

  it('drops "year to date" from a year-to-date title, since the sentence says so', () => {
    expect(describeFigure(csc036, 794, NO_FRACTION)).toBe('794 C&F assessments completed');
    const semicolon = makeMeasure({ id: 'y', unit: 'count', basis: 'year-to-date', title: 'Number of assessments; year to date' });
    expect(describeFigure(semicolon, 794, NO_FRACTION)).toBe('794 assessments');
    const monthly = makeMeasure({ id: 'm', unit: 'count', title: 'Number of assessments year to date' });
    expect(describeFigure(monthly, 794, NO_FRACTION)).toBe('794 assessments year to date');
  });
});

describe('describeWhen', () => {
  const when = (measure: Measure, period: ReturnType<typeof createMonthPeriod>) => describeWhen(measure, period, aggregatePeriod(measure, period, '2023/24'));

  it('words a month by the measure’s basis', () => {
    expect(when(csc022, september)).toBe('in September 2023');
    expect(when(csc201, september)).toBe('at the end of September 2023');
    expect(when(csc036, september)).toBe('in the year to September 2023');
  });

  it('words a quarter of a snapshot or year-to-date measure by its last month', () => {
    expect(when(csc201, q2)).toBe('at the end of September 2023');
    expect(when(csc036, q2)).toBe('in the year to September 2023');
  });

  it('says why a quarter falls back to its latest month, for each unit', () => {
    expect(when(csc022, q2)).toBe('in September 2023, the latest month of Q2 2023/24 (a quarter figure needs numerators and denominators)');
    expect(when(csc215Children, q2)).toBe('in September 2023, the latest month of Q2 2023/24 (the same child or family can be counted in more than one month)');
    const rate = makeMeasure({ id: 'r', unit: 'rate-per-10k', polarity: 'neutral', monthly: monthsFrom([1, 2, 3, 4, 5, 6]) });
    expect(when(rate, q2)).toBe('in September 2023, the latest month of Q2 2023/24 (monthly rates do not give a quarter rate)');
  });

  it('words sums and weighted figures, saying "so far" for part of a period', () => {
    expect(when(csc215Episodes, q2)).toBe('in Q2 2023/24');
    expect(when(csc178WithTarget, q2)).toBe('in Q2 2023/24');
    const partYear = makeMeasure({ id: 'e', unit: 'count', polarity: 'neutral', additive: true, monthly: monthsFrom([1, 2, 3]) });
    expect(when(partYear, fy2023)).toBe('in 2023/24 so far (April to June 2023)');
    expect(when(partYear, createQuarterPeriod(2023, 1))).toBe('in Q1 2023/24');
  });

  it('words an Annual Trend figure: a snapshot so far by its last month, others by the year', () => {
    expect(when(csc201, fy2023)).toBe('at the end of September 2023 (2023/24 so far)');
    expect(when(csc022, fy2023)).toBe('in 2023/24 so far (April to September 2023)');
    expect(when(csc022, createYearPeriod(2022))).toBe('in 2022/23');
    expect(when(csc201, createYearPeriod(2022))).toBe('in 2022/23');
    const annualOnly = makeMeasure({ id: 'a', unit: 'count', polarity: 'neutral', basis: 'snapshot', annual: [{ year: '2023/24', value: 9 }] });
    expect(when(annualOnly, fy2023)).toBe('in 2023/24');
  });

  it('falls back to the period for a month without a figure', () => {
    expect(when(csc022, createQuarterPeriod(2023, 3))).toBe('in Q3 2023/24');
  });
});

describe('describeAgainstTarget', () => {
  const against = (measure: Measure, value: number) => {
    const variance = computeVariance(measure, value);
    const status = variance === null ? 'no-target' : variance.favourable ? 'on-target' : 'off-target';
    return describeAgainstTarget(measure, variance, status);
  };

  it('says how far from target, on which side, or by how much it is met', () => {
    expect(against(csc022, 81.3)).toBe(', 8.7 pp below the 90% target');
    expect(against({ ...csc022, polarity: 'lower-is-better' }, 91.3)).toBe(', 1.3 pp above the 90% target');
    expect(against(csc022, 93)).toBe(', meeting the 90% target by 3.0 pp');
    expect(against(csc022, 90)).toBe(', meeting the 90% target exactly');
  });

  it('says nothing without a variance or a target', () => {
    expect(against(csc201, 354)).toBe('');
    expect(describeAgainstTarget({ ...csc022, target: null }, null, 'no-target')).toBe('');
  });

  it("words the target judged against, which may be the family's: CSC 178 in Q2 against CSC 176's 95%", () => {
    const variance = computeVariance({ ...csc022, target: null }, 70.2, 95);
    expect(describeAgainstTarget({ ...csc022, target: null }, variance, 'off-target')).toBe(', 24.8 pp below the 95% target');
  });

  it('words a trajectory for a measure that builds up: CSC 251 at 35.5% in September against 45%', () => {
    const variance = computeVariance(csc022, 35.5, 45);
    const against = { kind: 'trajectory' as const, month: '2023-09', value: 45, yearEnd: 90, assumed: true };
    expect(describeAgainstTarget(csc022, variance, 'off-target', against)).toBe(
      ', 9.5 pp behind its assumed trajectory of 45% for September 2023, towards 90% by March',
    );
  });
});

describe('describeComparison', () => {
  const august = createMonthPeriod('2023-08');
  const direction = (kind: 'improving' | 'worsening' | 'up' | 'no-change', change: number | null) => ({ kind, change, relative: null, comparedWith: 'Aug 2023', reason: null });

  it('words the movement with the earlier figure and whether it is good', () => {
    const earlier = aggregatePeriod(csc022, august);
    expect(describeComparison(csc022, direction('improving', 16.3), earlier, august)).toBe('Up 16.3 pp on August 2023 (65.0%): an improvement.');
    expect(describeComparison(csc022, direction('worsening', -2), earlier, august)).toBe('Down 2.0 pp on August 2023 (65.0%): a deterioration.');
    expect(describeComparison(csc022, direction('up', 1), earlier, august)).toBe('Up 1.0 pp on August 2023 (65.0%).');
    expect(describeComparison(csc022, direction('no-change', 0), earlier, august)).toBe('No change on August 2023 (65.0%).');
  });

  it('names a quarter by its label, and a latest-month stand-in by its month', () => {
    const q1 = createQuarterPeriod(2023, 1);
    expect(describeComparison(csc178WithTarget, direction('worsening', -6.4), aggregatePeriod(csc178WithTarget, q1), q1)).toBe('Down 6.4 pp on Q1 2023/24 (76.6%): a deterioration.');
    expect(describeComparison(csc022, direction('up', 1), aggregatePeriod(csc022, q1), q1)).toBe('Up 1.0 pp on June 2023 (72.9%).');
  });

  it('has nothing to say without a change or an earlier figure', () => {
    expect(describeComparison(csc022, direction('up', null), aggregatePeriod(csc022, august), august)).toBeNull();
    expect(describeComparison(csc022, direction('up', 1), aggregatePeriod(csc022, createMonthPeriod('2022-08')), august)).toBeNull();
  });
});

describe('describeExtremeMonths', () => {
  it('names the best and worst month of a quarter by polarity', () => {
    expect(describeExtremeMonths(csc022, q2)).toBe('July 2023 was the best month at 86.3% and August 2023 the worst at 65.0%.');
    const lower = { ...csc022, polarity: 'lower-is-better' as const };
    expect(describeExtremeMonths(lower, q2)).toBe('August 2023 was the best month at 65.0% and July 2023 the worst at 86.3%.');
  });

  it('names highest and lowest for a neutral measure, and several months at once', () => {
    expect(describeExtremeMonths(csc215Episodes, q2)).toBe('July 2023 had the highest month at 62 and August 2023 the lowest at 40.');
    const ties = makeMeasure({ id: 't', monthly: monthsFrom([null, null, null, 80, 70, 80]) });
    expect(describeExtremeMonths(ties, q2)).toBe('July and September 2023 were the best months at 80.0% and August 2023 the worst at 70.0%.');
    const neutralTies = { ...ties, polarity: 'neutral' as const };
    expect(describeExtremeMonths(neutralTies, q2)).toBe('July and September 2023 had the highest months at 80.0% and August 2023 the lowest at 70.0%.');
  });

  it('has nothing for a month, a year-to-date measure, fewer than two months or months all alike', () => {
    expect(describeExtremeMonths(csc022, september)).toBeNull();
    expect(describeExtremeMonths(csc036, q2)).toBeNull();
    const two = makeMeasure({ id: 'two', monthly: monthsFrom([null, null, null, null, 60, 70]) });
    expect(describeExtremeMonths(two, q2)).toBe('September 2023 was the best month at 70.0% and August 2023 the worst at 60.0%.');
    const one = makeMeasure({ id: 'one', monthly: monthsFrom([null, null, null, null, null, 70]) });
    expect(describeExtremeMonths(one, q2)).toBeNull();
    const flat = makeMeasure({ id: 'flat', monthly: monthsFrom([null, null, null, 70, 70, 70]) });
    expect(describeExtremeMonths(flat, q2)).toBeNull();
  });
});

describe('describeSpcSignal', () => {
  const point = (month: string, hits: SpcAnalysis['points'][number]['hits'] = []) => ({ month, value: 50, hits, segment: 0 });
  const analysis = (overrides: Partial<SpcAnalysis>): SpcAnalysis => ({
    status: 'ok',
    points: [point('2023-08'), point('2023-09')],
    segments: [],
    limits: { mean: 50, mrBar: 1, upperProcessLimit: 60, lowerProcessLimit: 40, upperTwoSigma: 57, lowerTwoSigma: 43, upperOneSigma: 53, lowerOneSigma: 47, display: { upper: 60, lower: 40, clamped: null } },
    episodes: [],
    variation: { kind: 'common-cause', side: null, rules: [] },
    assurance: 'none',
    skippedMonths: [],
    ...overrides,
  });

  it('says common cause for the latest month, and nothing for an empty series', () => {
    expect(describeSpcSignal(csc201, analysis({}))).toEqual(['Statistical process control: September 2023 shows common cause variation, no sign of real change.']);
    expect(describeSpcSignal(csc201, analysis({ points: [] }))).toEqual([]);
  });

  it('names the signal and every rule behind it, by side', () => {
    const hits = [
      { rule: 'outside-limits' as const, side: 'high' as const },
      { rule: 'shift' as const, side: 'high' as const },
      { rule: 'trend' as const, side: 'low' as const },
      { rule: 'two-of-three' as const, side: 'low' as const },
    ];
    const signal = analysis({ points: [point('2023-09', hits)], variation: { kind: 'improvement', side: 'high', rules: [] } });
    expect(describeSpcSignal(csc201, signal)).toEqual([
      'Statistical process control: September 2023 is a signal of improvement: a single point outside the process limits and a run of 7 or more points above the mean, though also a trend of 7 or more points all decreasing and two out of three points close to or beyond the lower process limit, a signal of concern.',
    ]);
    const low = analysis({ points: [point('2023-09', [{ rule: 'outside-limits', side: 'low' }, { rule: 'shift', side: 'low' }, { rule: 'trend', side: 'high' }, { rule: 'two-of-three', side: 'high' }])], variation: { kind: 'neither', side: 'low', rules: [] } });
    expect(describeSpcSignal(csc201, low)).toEqual([
      'Statistical process control: September 2023 is unusually low: a single point outside the process limits, a run of 7 or more points below the mean, a trend of 7 or more points all increasing and two out of three points close to or beyond the upper process limit.',
    ]);
  });

  it('adds the assurance only for a measure with a target and an assurance', () => {
    expect(describeSpcSignal(csc022, analysis({ assurance: 'pass' }))[1]).toBe('As things stand, the 90% target will consistently be met.');
    expect(describeSpcSignal(csc022, analysis({ assurance: 'fail' }))[1]).toBe('As things stand, the 90% target will consistently be missed.');
    expect(describeSpcSignal(csc022, analysis({ assurance: 'hit-and-miss' }))[1]).toBe('As things stand, the 90% target will be met in some months and missed in others.');
    expect(describeSpcSignal(csc022, analysis({ assurance: 'none' }))).toHaveLength(1);
    expect(describeSpcSignal(csc201, analysis({ assurance: 'pass' }))).toHaveLength(1);
  });
});
