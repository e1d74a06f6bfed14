import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { describeCoverage } from '../../src/presenters/describe-coverage';

/** The period figures of the bundled report, as the model works them out for every screen (issue 14's cases). */
const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const model = datasetModelOf(bundled);
const figure = (id: string, periodKey: string) => {
  const periodModel = model.forPeriod(periodKey)!;
  const summary = periodModel.summaryOf(id)!;
  return { value: summary.current.value, method: summary.current.method, note: describeCoverage(summary.current, periodModel.period), summary };
};

describe('a year figure is a year figure', () => {
  it("takes CSC 040's year from its year to date, CSC 038: 54.0%, not September's 47.7%", () => {
    expect(figure('csc-040', '2023-24')).toMatchObject({ value: 54, note: "Year to date (Apr–Sep 2023) from CSC 038, this indicator's year-to-date measure" });
    expect(figure('csc-260a', '2023-24').value).toBe(81);
  });

  it('shows no year figure where there is no year to date (CSC 250b) or it is unreliable (CSC 252b 15 days), and labels September as September', () => {
    expect(figure('csc-250b', '2023-24')).toMatchObject({
      value: 1.7,
      method: 'latest-month',
      note: 'Sep 2023 only, not the year: the report gives no year figure for this monthly column (its year cell repeats this month)',
    });
    expect(figure('csc-252a-15-days', '2023-24').note).toBe(
      'Sep 2023 only, not the year: no year figure, because the year-to-date figures this would come from are unreliable (CSC 252b)',
    );
  });

  it("gives a snapshot's year as a position at a date, not a year to date: children in care at 30 Sep 2023", () => {
    expect(figure('csc-201', '2023-24')).toMatchObject({ value: 354, note: 'At 30 Sep 2023' });
  });

  it("runs a year to date to the report's last month and names the blank months, not Apr–Aug", () => {
    // UASC ceasing care: Apr 1, Jul 1, Aug 2; May, Jun and Sep are blank in the report.
    expect(figure('ceased-care-uasc-18', '2023-24')).toMatchObject({
      value: 4,
      note: 'Year to date (Apr–Sep 2023; May–Jun and Sep blank in the report), from the Annual Trend row',
    });
  });
});

describe('quarters', () => {
  it('weights a quarter from the monthly member where it has fractions: ICPC Q2 is 40 / 57 = 70.2%, against the inherited 95%', () => {
    const { value, summary } = figure('csc-178', '2023-24-Q2');
    expect(value).toBe(70.2);
    expect([summary.current.numerator, summary.current.denominator]).toEqual([40, 57]);
    expect(summary.judgedAgainst).toEqual({ kind: 'target', value: 95 });
    expect(summary.status).toBe('off-target');
  });

  it('says when a quarter rests on one month, where the figure is shown and in its status: CSC 040 in Q2', () => {
    const { note, summary } = figure('csc-040', '2023-24-Q2');
    expect(note).toBe('Sep 2023 only, not the quarter: a quarter figure needs numerators and denominators');
    expect(summary.restsOnMonth).toBe('2023-09');
  });

  it("shows a point that covers a quarter as the quarter's figure: initial health assessments Q2 38 / 83, not 1 of 3 months", () => {
    expect(figure('iha-within-20-working-days', '2023-24-Q2')).toMatchObject({ value: 45.8, method: 'quarter-point', note: null });
    expect(figure('iha-within-20-working-days', '2023-09').note).toBe('Figure for Q2 2023/24, reported in Sep 2023');
    expect(figure('iha-within-20-working-days', '2023-08').note).toBe('No figure for Aug 2023: this measure is reported once a quarter');
  });

  it('shows a stated quarter the table cannot reproduce, marked as stated: referrals in 1 day Q2 78.0%, over 3 days 2.6%', () => {
    expect(figure('csc-022', '2023-24-Q2')).toMatchObject({ value: 78, method: 'stated' });
    expect(figure('csc-022', '2023-24-Q2').note).toMatch(/^Stated in the report, not worked out from the table: Performance Summary/);
    expect(figure('csc-026', '2023-24-Q2')).toMatchObject({ value: 2.6, method: 'stated' });
    // Last year's stated Q2 gives the comparison: CP visits in 10 days 59.3% against 64.1% in Q2 2022/23.
    expect(figure('csc-252a-10-days', '2023-24-Q2').summary.vsLastYear).toMatchObject({ kind: 'worsening', change: -4.8 });
  });
});

describe('the family headline per period', () => {
  const headline = (periodKey: string) => model.forPeriod(periodKey)!.headlineOf('csc-038')!;

  it('shows the monthly member for a month, its quarter with the year to date beside it, and the year to date for a year', () => {
    expect(headline('2023-09')).toMatchObject({ id: 'csc-040', role: 'head' });
    expect(headline('2023-09').summary.current.value).toBe(47.7);
    expect(headline('2023-24-Q2').beside?.current.value).toBe(54);
    expect(headline('2023-24')).toMatchObject({ role: 'year-to-date', beside: null });
    expect(headline('2023-24').summary.measure.id).toBe('csc-038');
  });

  it('has one headline per family, so the 74 measures make 44 tiles', () => {
    expect(model.forPeriod('2023-09')!.headlines).toHaveLength(44);
  });

  it('judges a measure that builds up against its trajectory: dental checks on track in April, CSC 251 behind in September', () => {
    expect(figure('cic-dental-check-ytd', '2023-04').summary).toMatchObject({ status: 'on-target', judgedAgainst: { kind: 'trajectory', value: 7.5, assumed: true } });
    expect(figure('csc-251', '2023-09').summary).toMatchObject({ status: 'off-target', variance: { difference: -9.5 } });
  });
});
