import { rankNeedsAttention, summariseMeasure } from '../../src/domain/summarise-measure';
import { createMonthPeriod, createQuarterPeriod, createYearPeriod, type Period } from '../../src/domain/period';
import type { Measure } from '../../src/domain/indicators';
import type { MeasureSummary } from '../../src/domain/summarise-measure';
import { describeCoverage } from '../../src/presenters/describe-coverage';
import { describeDirection } from '../../src/presenters/describe-direction';
import { describeVariance } from '../../src/presenters/describe-variance';
import { csc022, csc026, csc036, csc178WithTarget, csc181, csc201, csc215Episodes, makeMeasure, monthsFrom } from '../fixtures/make-measure';

const august = createMonthPeriod('2023-08');
const september = createMonthPeriod('2023-09');
const q2 = createQuarterPeriod(2023, 2);
const fy2023 = createYearPeriod(2023);
const summarise = (measure: Measure, period: Period) => summariseMeasure(measure, period, '2023/24');
// What a reader is told of a summary's comparisons and figure, as every screen words them.
const said = (summary: MeasureSummary) => ({
  variance: summary.variance && describeVariance(summary.variance, summary.measure.unit),
  vsPrevious: describeDirection(summary.vsPrevious, summary.measure.unit),
  vsLastYear: describeDirection(summary.vsLastYear, summary.measure.unit),
  note: describeCoverage(summary.current, summary.period),
});

describe('summariseMeasure', () => {
  it('summarises the August 2023 referrals dip', () => {
    const summary = summarise(csc022, august);
    expect(summary.current).toMatchObject({ value: 65.0, method: 'month' });
    expect(summary.status).toBe('off-target');
    expect(said(summary).variance).toBe('25.0 pp below the 90% target');
    expect(said(summary).vsPrevious).toBe('Worsening: down 21.3 pp on Jul 2023');
    expect(summary.vsLastYear).toMatchObject({ kind: 'unknown' });
    expect(said(summary).vsLastYear).toBe('No comparison available');
  });

  it("keeps the whole financial year's months in the sparkline, nulls included", () => {
    const { sparkline } = summarise(csc022, q2);
    expect(sparkline).toHaveLength(12);
    expect(sparkline[0]).toEqual({ month: '2023-04', value: 82.4 });
    expect(sparkline[4]).toEqual({ month: '2023-08', value: 65.0 });
    expect(sparkline[6]).toEqual({ month: '2023-10', value: null });
    expect(sparkline[11]).toEqual({ month: '2024-03', value: null });
  });

  it('compares the same month last year where the data has it: CP rate Sep 2022 was 52.1', () => {
    const withLastYear = { ...csc181, monthly: [{ month: '2022-09', value: 52.1 }, ...csc181.monthly] };
    expect(said(summarise(withLastYear, september)).vsLastYear).toBe('Up 3.2 per 10k on Sep 2022');
  });

  it('compares weighted quarters: ICPCs in 15 days fell from 76.6% in Q1 to 70.2% in Q2', () => {
    const summary = summarise(csc178WithTarget, q2);
    expect(summary.current.value).toBe(70.2);
    expect(summary.status).toBe('off-target');
    expect(summary.vsPrevious).toMatchObject({ kind: 'worsening', change: -6.4 });
    expect(said(summary).vsPrevious).toBe('Worsening: down 6.4 pp on Q1 2023/24');
  });

  it('compares latest-month stand-ins as the months they are', () => {
    const summary = summarise(csc022, q2);
    expect(summary.current).toMatchObject({ value: 81.3, method: 'latest-month' });
    expect(said(summary).vsPrevious).toBe('Improving: up 8.4 pp on Jun 2023');
  });

  it('does not compare a latest-month stand-in with a whole-period figure', () => {
    // Q1 has every fraction, Q2 lacks August's, so Q2 falls back to September alone.
    const mixed = { ...csc178WithTarget, monthly: csc178WithTarget.monthly.map((p) => (p.month === '2023-08' ? { month: p.month, value: 66.7 } : p)) };
    expect(summarise(mixed, q2).vsPrevious).toMatchObject({ kind: 'unknown' });
    expect(said(summarise(mixed, q2)).vsPrevious).toBe('No like-for-like comparison with Q1 2023/24');
  });

  it('adds up quarters of an additive count and compares them', () => {
    const summary = summarise(csc215Episodes, q2);
    expect(summary.current.value).toBe(144);
    expect(summary.status).toBe('no-target');
    expect(said(summary).vsPrevious).toBe('Up 27 on Q1 2023/24');
  });

  it('does not call a year-to-date total lower than a whole year', () => {
    const summary = summarise(csc215Episodes, fy2023);
    expect(summary.current).toMatchObject({ value: 261, method: 'annual-trend', partial: true });
    expect(summary.vsPrevious).toMatchObject({
      kind: 'unknown'
    });
    expect(said(summary).vsPrevious).toBe('No like-for-like comparison with 2022/23: 2023/24 covers part of the period');
    expect(summarise(csc036, fy2023).vsPrevious.kind).toBe('unknown');
  });

  it('does not compare a year-to-date total with the month or quarter before it (CSC 036: 794 to Sep, 418 to Jun)', () => {
    expect(summarise(csc036, q2).vsPrevious).toEqual({
      kind: 'unknown',
      change: null,
      relative: null,
      comparedWith: 'Q1 2023/24',
      reason: { kind: 'year-to-date-grows' },
    });
    expect(said(summarise(csc036, q2)).vsPrevious).toBe('No like-for-like comparison with Q1 2023/24: a year-to-date total grows through the year');
    expect(said(summarise(csc036, createMonthPeriod('2023-09'))).vsPrevious).toBe(
      'No like-for-like comparison with Aug 2023: a year-to-date total grows through the year',
    );
    // A year-to-date percentage is a ratio of two running totals, so its movement is real.
    const ytdPercent = makeMeasure({ id: 'ytd-percent', basis: 'year-to-date', target: 90, monthly: monthsFrom([80, 82, 85, 84, 86, 88]) });
    expect(said(summarise(ytdPercent, q2)).vsPrevious).toBe('Improving: up 3.0 pp on Q1 2023/24');
  });

  it('compares a past year with the year before it', () => {
    expect(said(summarise(csc215Episodes, createYearPeriod(2022))).vsPrevious).toBe('Up 109 on 2021/22');
  });

  it('compares years of percentages and snapshots, which a part year does not distort', () => {
    expect(said(summarise(csc022, fy2023)).vsPrevious).toBe('Worsening: down 4.6 pp on 2022/23');
    expect(said(summarise(csc201, fy2023)).vsPrevious).toBe('Up 32 on 2022/23');
  });

  it('reports no data for a period after the latest month', () => {
    const summary = summarise(csc022, createMonthPeriod('2023-10'));
    expect(said(summary).note).toBe('No figure for Oct 2023');
    expect(summary.status).toBe('no-data');
    expect(summary.variance).toBeNull();
    expect(summary.vsPrevious.kind).toBe('unknown');
  });
});

describe('rankNeedsAttention', () => {
  // A lower-is-better percentage with a 10% target: 14.0% is near (4 pp) but 40% of its target away.
  const repeatPlans = makeMeasure({ id: 'repeat-plans', polarity: 'lower-is-better', target: 10, monthly: monthsFrom([9, 9, 9, 9, 14.0]) });
  const summaries = [csc201, csc026, repeatPlans, csc022, csc178WithTarget].map((m) => summarise(m, august));

  it('lists off-target measures first, then near-target, each worst first relative to target', () => {
    // CSC 178 66.7 vs 95 (29.8% short), CSC 022 65.0 vs 90 (27.8%), then near: repeat plans (40%), CSC 026 (20%).
    expect(rankNeedsAttention(summaries, 10).map((s) => s.measure.id)).toEqual(['csc-178', 'csc-022', 'repeat-plans', 'csc-026']);
  });

  it('leaves out measures on target or without one, and respects the limit', () => {
    const september = [csc201, csc026, csc022].map((m) => summarise(m, createMonthPeriod('2023-09')));
    expect(rankNeedsAttention(september, 10).map((s) => s.measure.id)).toEqual(['csc-022']);
    expect(rankNeedsAttention(summaries, 2).map((s) => s.measure.id)).toEqual(['csc-178', 'csc-022']);
  });
});

describe('needs attention: what is left out and in what order', () => {
  const base = summarise(csc022, september);
  const fake = (id: string, patch: Partial<MeasureSummary>): MeasureSummary => ({ ...base, measure: { ...base.measure, id }, ...patch });
  const variance = (magnitude: number) => ({ difference: -magnitude, magnitude, relative: null, favourable: false, target: 90 });

  it('ranks the furthest from target first whatever the input order, and skips a status without a variance', () => {
    const summaries = [
      fake('small', { status: 'off-target', variance: variance(1) }),
      fake('large', { status: 'off-target', variance: variance(9) }),
      fake('no-variance', { status: 'off-target', variance: null }),
      fake('middle', { status: 'off-target', variance: variance(4) }),
    ];
    expect(rankNeedsAttention(summaries, 10).map((s) => s.measure.id)).toEqual(['large', 'middle', 'small']);
  });
});

describe('comparisons that would mislead', () => {
  it('has no comparison when the current period has no figure', () => {
    // Q3 has no data; Q2 of CSC 022 is a latest-month stand-in.
    expect(summarise(csc022, createQuarterPeriod(2023, 3)).vsPrevious).toMatchObject({ kind: 'unknown' });
    expect(said(summarise(csc022, createQuarterPeriod(2023, 3))).vsPrevious).toBe('No comparison available');
  });

  it('does not compare a weighted quarter with a latest-month stand-in for the quarter before', () => {
    const partlyWeighted = makeMeasure({
      id: 'partly-weighted',
      target: 90,
      monthly: [
        { month: '2023-04', value: 80 },
        { month: '2023-05', value: 70 },
        { month: '2023-06', value: 60 },
        { month: '2023-07', value: 50, numerator: 5, denominator: 10 },
        { month: '2023-08', value: 50, numerator: 5, denominator: 10 },
        { month: '2023-09', value: 50, numerator: 5, denominator: 10 },
      ],
    });
    const summary = summarise(partlyWeighted, q2);
    expect(summary.current.method).toBe('weighted');
    expect(summary.vsPrevious).toMatchObject({ kind: 'unknown' });
    expect(said(summary).vsPrevious).toBe('No like-for-like comparison with Q1 2023/24');
  });
});
