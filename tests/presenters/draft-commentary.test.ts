import { readFileSync } from 'node:fs';
import { trajectoryPath } from '../../src/domain/targets';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import type { Dataset, Measure } from '../../src/domain/indicators';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { analyseSpc } from '../../src/domain/spc/analyse-spc';
import { summariseMeasure } from '../../src/domain/summarise-measure';
import { aggregatePeriod, readPointValue } from '../../src/domain/aggregate-period';
import { draftMeasureCommentary, draftReportSummary } from '../../src/presenters/draft-commentary';
import { createMonthPeriod, createQuarterPeriod, createYearPeriod, previousPeriod, samePeriodLastYear, type Period } from '../../src/domain/period';
import { decimalsFor, roundTo } from '../../src/domain/numbers';
import { makeDataset } from '../fixtures/make-dataset';
import { csc022, csc026, csc036, csc178WithTarget, csc201, csc215Episodes, makeMeasure } from '../fixtures/make-measure';
import { makeTimeliness, OUTLIER_VALUES } from '../fixtures/spc-series';

const reporting = { reportingPeriod: { financialYear: '2023/24', quarter: 2 as const, asAt: '2023-09-30' } };
const q2 = createQuarterPeriod(2023, 2);
const september = createMonthPeriod('2023-09');
const draft = (measure: Measure, period: Period, year = reporting.reportingPeriod.financialYear) =>
  draftMeasureCommentary(summariseMeasure(measure, period, year), analyseSpc(measure, { throughMonth: period.months.at(-1) }));
const summaryOf = (dataset: Dataset, period: Period, areaIds: string[]) => draftReportSummary(datasetModelOf(dataset).forPeriod(period.key)!, areaIds);

describe('draftMeasureCommentary', () => {
  it('drafts CSC 022 for Q2 2023/24: no numerators, so the latest month stands in, said so; best and worst month', () => {
    expect(draft(csc022, q2)).toEqual([
      '81.3% of referrals completed within 1 working day in September 2023, the latest month of Q2 2023/24 (a quarter figure needs numerators and denominators), 8.7 pp below the 90% target.',
      'Up 8.4 pp on June 2023 (72.9%): an improvement.',
      'July 2023 was the best month at 86.3% and August 2023 the worst at 65.0%.',
    ]);
  });

  it('drafts the August 2023 dip month by month', () => {
    expect(draft(csc022, createMonthPeriod('2023-08'))).toEqual([
      '65.0% of referrals completed within 1 working day in August 2023, 25.0 pp below the 90% target.',
      'Down 21.3 pp on July 2023 (86.3%): a deterioration.',
    ]);
  });

  it('says a lower-is-better figure meets its target, and by how much', () => {
    expect(draft(csc026, september)[0]).toBe('1.4% of referrals completed in over 3 working days in September 2023, meeting the 5% target by 3.6 pp.');
    expect(draft(csc026, createMonthPeriod('2023-08'))[0]).toBe('6.0% of referrals completed in over 3 working days in August 2023, 1.0 pp above the 5% target.');
  });

  it('weights the ICPC fractions for the quarter: 70.2% (40 of 57), down on Q1', () => {
    expect(draft(csc178WithTarget, q2)).toEqual([
      "70.2% (40 of 57) of ICPC's held within 15 days in Q2 2023/24, 24.8 pp below the 95% target.",
      'Down 6.4 pp on Q1 2023/24 (76.6%): a deterioration.',
      'September 2023 was the best month at 83.9% and July 2023 the worst at 42.9%.',
    ]);
  });

  it('adds up missing episodes (144 in Q2) and names the highest and lowest month of a neutral measure', () => {
    expect(draft(csc215Episodes, q2)).toEqual([
      'Missing episodes in month: 144 in Q2 2023/24.',
      'Up 27 on Q1 2023/24 (117).',
      'July 2023 had the highest month at 62 and August 2023 the lowest at 40.',
    ]);
  });

  it('takes snapshots at the month end and year-to-date figures to the month, without best and worst months', () => {
    expect(draft(csc201, september)).toEqual(['354 Children in Care at the end of September 2023.', 'No change on August 2023 (354).']);
    // Not "up 376 on Q1": a year-to-date total always grows through the year.
    expect(draft(csc036, q2)).toEqual(['794 C&F assessments completed in the year to September 2023.']);
  });

  it('compares a year with the year before once, not twice', () => {
    expect(draft(csc022, createYearPeriod(2022))).toEqual(['84.1% of referrals completed within 1 working day in 2022/23, 5.9 pp below the 90% target.', 'Up 12.0 pp on 2021/22 (72.1%): an improvement.']);
  });

  it('says when there is no figure', () => {
    expect(draft(csc022, createMonthPeriod('2023-10'))).toEqual(['No figure for Oct 2023.']);
  });

  it('adds the SPC signal and the assurance once there are 15 months, judged on the months to the period', () => {
    const measure = makeTimeliness(OUTLIER_VALUES);
    expect(draft(measure, createMonthPeriod('2023-08')).slice(-2)).toEqual([
      'Statistical process control: August 2023 is a signal of concern: a single point outside the process limits.',
      'As things stand, the 90% target will be met in some months and missed in others.',
    ]);
    expect(draft(measure, september).at(-2)).toBe('Statistical process control: September 2023 shows common cause variation, no sign of real change.');
  });
});

describe('draftReportSummary', () => {
  const dataset = makeDataset();

  it('summarises the selection: status counts, furthest from target, biggest movers, SPC', () => {
    expect(summaryOf(dataset, september, [])).toEqual([
      'Sep 2023: of 2 measures with a target, 1 off target, 0 near target and 1 on target.',
      'Furthest from target: CSC 022 Monthly % of referrals completed within 1 working day (81.3%, 8.7 pp below the 90% target).',
      'Biggest movers since Aug 2023: CSC 026 Monthly % of referrals completed in over 3 working days down 4.6 pp to 1.4% and CSC 022 Monthly % of referrals completed within 1 working day up 16.3 pp to 81.3%.',
      'There is not yet enough monthly history for statistical process control.',
    ]);
  });

  it('names a measure that builds up by where it stands against its build-up, not by its climb', () => {
    const bundledReport = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
    // CSC 250 climbed 37.1 pp from June; what matters is that it is now ahead of the straight line to 90%.
    expect(summaryOf(bundledReport, q2, ['health-of-children-in-care'])[2]).toBe(
      'Biggest movers since Q1 2023/24: CSC 250 % of CiC who have an up to date health checks at 53.5% (8.5 pp ahead of its expected build-up), ' +
        'Completed IHA within 20 working days (by Health) down 15.6 pp to 45.8% and ' +
        'CSC 251 % of CiC who have an up to date dental check at 35.5% (9.5 pp behind its expected build-up).',
    );
  });

  it('keeps to the areas chosen and names them', () => {
    expect(summaryOf(dataset, september, ['children-in-care'])).toEqual([
      'Children in care, Sep 2023: 1 measures, none with a target.',
      'There is not yet enough monthly history for statistical process control.',
    ]);
  });

  it('names the SPC signals of measures with enough history', () => {
    const measure = makeTimeliness(OUTLIER_VALUES, { section: 'referrals-timeliness', serviceArea: 'front-door', code: 'DEMO 1' });
    const withHistory = makeDataset({ measures: [measure] });
    expect(summaryOf(withHistory, createMonthPeriod('2023-08'), []).at(-1)).toBe(
      'Statistical process control signals a concern in DEMO 1 Referrals completed within 1 working day.',
    );
  });
});

describe('drafts state only figures the data holds', () => {
  const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
  const periods = [createMonthPeriod('2023-09'), createMonthPeriod('2023-08'), q2, createQuarterPeriod(2023, 1), createYearPeriod(2023), createYearPeriod(2022)];

  /** Monthly and Annual Trend figures, fractions and targets, and each period's figure by aggregatePeriod. */
  function heldFigures(measure: Measure): number[] {
    const held: (number | null | undefined)[] = [measure.target];
    for (const p of [...measure.monthly, ...measure.annual]) held.push(readPointValue(p, measure.unit), p.numerator, p.denominator);
    for (const period of periods.flatMap((p) => [p, previousPeriod(p), samePeriodLastYear(p)])) {
      const result = aggregatePeriod(measure, period, '2023/24');
      held.push(result.value, result.numerator, result.denominator);
    }
    // A measure that builds up is judged against its trajectory, a figure worked out from its target (docs/period-semantics.md).
    if (measure.target !== null) for (const year of ['2022/23', '2023/24']) held.push(...trajectoryPath(measure, year, measure.target).map((t) => t.value));
    return held.filter((v): v is number => typeof v === 'number').map((v) => roundTo(v, decimalsFor(measure.unit)));
  }

  /** Numbers in a sentence, leaving out months, periods, "per 10k" and any number written in the measure's title. */
  function numbersIn(sentence: string, measure: Measure): number[] {
    const titleNumbers = new Set((measure.title.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, ''))));
    const text = sentence
      .replace(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}/g, '')
      .replace(/\bQ[1-4] \d{4}\/\d{2}\b|\b\d{4}\/\d{2}\b/g, '')
      .replace(/per 10k/g, '');
    return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, ''))).filter((n) => !titleNumbers.has(n));
  }

  const demo = datasetSchema.parse(JSON.parse(readFileSync('public/data/demo-synthetic.json', 'utf8')));

  it.each([
    ['bundled report', bundled],
    ['synthetic demo (SPC sentences too)', demo],
  ])('for every measure of the %s and six periods, every number is a held figure or the difference of two', (_, dataset) => {
    let checked = 0;
    for (const measure of dataset.measures) {
      const held = heldFigures(measure);
      const differences = held.flatMap((a) => held.map((b) => roundTo(Math.abs(a - b), decimalsFor(measure.unit))));
      const allowed = new Set([...held, ...differences]);
      for (const period of periods) {
        for (const sentence of draft(measure, period, dataset.reportingPeriod.financialYear)) {
          for (const number of numbersIn(sentence, measure)) {
            checked++;
            expect(allowed.has(number), `${measure.id} ${period.key}: "${number}" in "${sentence}"`).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('for the report summary of each period, every number is a held figure, a difference of two, or a count of measures', () => {
    const allowed = new Set<number>(bundled.measures.map((_, i) => i + 1));
    for (const measure of bundled.measures) {
      const held = heldFigures(measure);
      for (const a of held) for (const b of held) allowed.add(roundTo(Math.abs(a - b), decimalsFor(measure.unit)));
      held.forEach((v) => allowed.add(v));
    }
    allowed.add(0);
    for (const period of periods) {
      for (const sentence of summaryOf(bundled, period, [])) {
        const text = sentence.replace(/\bCSC \d+[a-z]?\b/g, '');
        const titles = bundled.measures.filter((m) => sentence.includes(m.title.replace(/\.$/, '')));
        const numbers = titles.reduce((t, m) => t.replace(m.title.replace(/\.$/, ''), ''), text);
        for (const number of numbersIn(numbers, makeMeasure({ id: 'none', title: '' }))) expect(allowed.has(number), `"${number}" in "${sentence}"`).toBe(true);
      }
    }
  });

  it('catches a figure that is not held (the audit itself can fail)', () => {
    const measure = makeMeasure({ id: 'm', title: 'Monthly % of referrals completed within 1 working day', target: 90 });
    expect(numbersIn('78.0% of referrals completed within 1 working day in Q2 2023/24, below the 90% target.', measure)).toEqual([78, 90]);
    expect(heldFigures(csc022)).not.toContain(78);
  });
});
