import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { createMonthPeriod } from '../../src/domain/period';
import { ownTargetFor } from '../../src/domain/targets';
import { buildMonthlyReferences } from '../../src/presenters/monthly-references';
import { buildMonthlyFigureView } from '../../src/presenters/build-figure-views';
import { describeJudgement } from '../../src/presenters/describe-judgement';
import { summariseMeasure } from '../../src/domain/summarise-measure';
import { makeMeasure, monthsFrom } from '../fixtures/make-measure';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const measure = (id: string) => bundled.measures.find((m) => m.id === id)!;
const september = createMonthPeriod('2023-09');
const references = (id: string) => buildMonthlyReferences(measure(id), september, ownTargetFor(measure(id), '2023/24'));

describe('monthly chart references on the monthly scale', () => {
  it("draws last year's monthly average for an additive count, not the annual total: 1,650 EHAs in 2022/23 is 138 a month", () => {
    expect(references('csc-002')).toEqual({ lines: [{ value: 138, label: '2022/23 monthly average 138', kind: 'comparison' }], path: null });
    // The axis then fits the monthly figures (about 110 a month), not 0 to 2,000.
    expect(buildMonthlyFigureView(measure('csc-002'), september).axis.domain).toEqual([0, 200]);
  });

  it("draws last year's same months where the data has them", () => {
    const withLastYear = makeMeasure({
      id: 'eha',
      unit: 'count',
      polarity: 'neutral',
      additive: true,
      monthly: [{ month: '2022-04', value: 120 }, { month: '2022-05', value: 130 }, ...monthsFrom([106, 115])],
      annual: [{ year: '2022/23', value: 1650 }],
    });
    const { lines, path } = buildMonthlyReferences(withLastYear, september, null);
    expect(lines).toEqual([]);
    expect(path).toMatchObject({ label: '2022/23, same month', kind: 'comparison', columnHeader: '2022/23' });
    expect([...(path?.values ?? [])]).toEqual([
      ['2023-04', 120],
      ['2023-05', 130],
    ]);
  });

  it('draws nothing from last year for a count of distinct children, whose year is not the sum of its months', () => {
    expect(references('csc-215-children')).toEqual({ lines: [], path: null });
  });

  it("keeps last year's outturn for a monthly percentage and a snapshot", () => {
    expect(references('csc-022').lines).toEqual([
      { value: 90, label: 'Target 90%', kind: 'target' },
      { value: 84.1, label: '2022/23 outturn 84.1%', kind: 'comparison' },
    ]);
    expect(references('csc-201').lines).toEqual([{ value: 322, label: '2022/23 outturn 322', kind: 'comparison' }]);
  });

  it("marks a year-to-date rate's outturn at March only, where its running figure ends: CSC 035, 645.5 per 10k", () => {
    const { lines, path } = references('csc-035');
    expect(lines).toEqual([]);
    expect(path?.label).toBe('2022/23 outturn 645.5 per 10k (at March)');
    expect([...(path?.values ?? [])]).toEqual([['2024-03', 645.5]]);
  });

  it('draws the trajectory of a measure that builds up, labelled as an assumed profile', () => {
    const { lines, path } = references('cic-dental-check-ytd');
    // Last year's 47.7% is where March ended, not a level April's 8.9% should be near: no line across the year.
    expect(lines).toEqual([{ value: 90, label: 'Target 90% by March', kind: 'target' }]);
    expect(path?.label).toBe('Trajectory to 90% by March (assumed profile: a straight line from 0 in April)');
    expect(path?.values.get('2023-09')).toBe(45);
    const view = buildMonthlyFigureView(measure('cic-dental-check-ytd'), september);
    expect(view.table.columns.map((c) => c.header)).toEqual(['Figure', 'Trajectory (assumed)', 'Status']);
    expect(view.table.rows[0]?.cells).toEqual(['8.9%', '7.5%', { status: 'on-target', label: 'On track' }]);
  });
});

describe('describeJudgement', () => {
  it('says "On track" or "Behind trajectory" for a measure that builds up, with the trajectory as its target', () => {
    const dental = summariseMeasure(measure('cic-dental-check-ytd'), september, '2023/24');
    expect(describeJudgement(dental)).toMatchObject({ statusLabel: 'On track', targetText: 'Trajectory 45% by Sep 2023 (assumed profile)' });
    expect(describeJudgement(summariseMeasure(measure('csc-251'), september, '2023/24')).statusLabel).toBe('Behind trajectory');
  });

  it('says when a status rests on one month', () => {
    const judgement = describeJudgement({ ...summariseMeasure(measure('csc-022'), september, '2023/24'), restsOnMonth: '2023-09' });
    expect(judgement.statusLabel).toBe('Off target (Sep 2023 only)');
  });
});
