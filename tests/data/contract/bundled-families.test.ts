import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../../src/data/contract/indicator-schema';
import { readPointValue } from '../../../src/domain/aggregate-period';
import { findFamilies } from '../../../src/domain/families';
import type { Measure } from '../../../src/domain/indicators';

/**
 * The families, inherited targets, stated figures, quarterly points and trajectory flags of the bundled file,
 * each against what the report itself prints (docs/bundled-dataset.md, "Families, targets and stated figures").
 */
const dataset = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const SOURCE = readFileSync('tests/fixtures/source-report-q2-2023-24.txt', 'utf8').replace(/\s+/g, ' ');
const measure = (id: string) => dataset.measures.find((m) => m.id === id) as Measure;
const valueIn = (m: Measure, month: string) => readPointValue(m.monthly.find((p) => p.month === month) ?? { month, value: null }, m.unit);

describe('families in the bundled dataset', () => {
  const families = findFamilies(dataset.measures);

  it('pairs each monthly percentage with its year-to-date version, equal in April as the report prints them', () => {
    const pairs = dataset.measures.filter((m) => m.yearToDateOf).map((m) => [m.yearToDateOf, m.id]);
    expect(pairs).toEqual([
      ['re-referrals-monthly-percent', 'csc-032'],
      ['csc-040', 'csc-038'],
      ['csc-178', 'csc-176'],
      ['csc-252a-10-days', 'csc-252b-10-days'],
      ['csc-252a-15-days', 'csc-252b-15-days'],
      ['csc-260a', 'csc-260b'],
    ]);
    // In April the year to date is the month: 23.2, 58.0, 90.9, 71.7, 93.3, 82.9 in both columns.
    for (const [month, ytd] of pairs) expect(valueIn(measure(ytd!), '2023-04'), ytd).toBe(valueIn(measure(month!), '2023-04'));
  });

  it('links each rate per 10,000 to the count it is a rate of: one population for every month', () => {
    for (const [rateId, countId, running] of [
      ['csc-035', 'csc-036', false],
      ['s47-rate-per-10k', 's47-children', true],
      ['csc-181', 'csc-182', false],
      ['cic-rate-per-10k', 'csc-201', false],
    ] as const) {
      expect(measure(rateId).rateOf).toBe(countId);
      let total = 0;
      const populations = measure(rateId).monthly.flatMap((p) => {
        const count = valueIn(measure(countId), p.month);
        if (count === null || p.value === null) return [];
        total = running ? total + count : count;
        return [(total / p.value) * 10_000];
      });
      // About 22,250 children aged 0-17 throughout; a rate printed to 1 dp moves the population by well under 1%.
      for (const population of populations) expect(Math.abs(population / 22_250 - 1), `${rateId}`).toBeLessThan(0.01);
    }
  });

  it('gathers the report\'s families, each with its head and year-to-date member', () => {
    const summary = (id: string) => {
      const family = families.get(id);
      return family && { head: family.head.id, yearToDate: family.yearToDate?.id ?? null, size: family.members.length };
    };
    expect(summary('csc-038')).toEqual({ head: 'csc-040', yearToDate: 'csc-038', size: 2 });
    expect(summary('csc-176')).toEqual({ head: 'csc-178', yearToDate: 'csc-176', size: 2 });
    expect(summary('csc-035')).toEqual({ head: 'csc-037', yearToDate: 'csc-036', size: 3 });
    // The 15-day year to date repeats the monthly column, so it cannot give the family's year figure.
    expect(summary('csc-252b-15-days')).toEqual({ head: 'csc-252a-15-days', yearToDate: null, size: 2 });
    expect(families.get('csc-252a-15-days')?.unreliableYearToDate?.id).toBe('csc-252b-15-days');
    // The NEET age bands share a target, not a family.
    expect(families.get('csc-286-neet')).toBeUndefined();
    expect(families.get('csc-294-neet')).toBeUndefined();
  });
});

describe('figures the report states beside its tables', () => {
  it('marks the Annual Trend cells of monthly columns that repeat September', () => {
    const marked = dataset.measures.filter((m) => m.annual.some((p) => p.repeatsMonth)).map((m) => m.id);
    expect(marked).toEqual(['csc-040', 'csc-252a-10-days', 'csc-252a-15-days', 'csc-260a', 'csc-250b', 'csc-251d']);
    for (const id of marked) {
      const point = measure(id).annual.find((p) => p.repeatsMonth)!;
      expect(point.value, id).toBe(valueIn(measure(id), point.repeatsMonth!));
    }
  });

  it('quotes every stated figure from the text, with the period it names', () => {
    for (const m of dataset.measures)
      for (const stated of m.statedFigures ?? []) {
        const [start, end, quarter] = /^(\d{4})-(\d{2})-Q(\d)$/.exec(stated.period)!.slice(1);
        const printed = m.unit === 'percent' ? `${stated.value.toFixed(1)}%` : String(stated.value);
        expect(SOURCE, `${m.id} ${stated.period}`).toContain(printed);
        expect(SOURCE, `${m.id} ${stated.period}`).toContain(`Q${quarter} ${start}/${end}`);
      }
  });

  it('carries a stated figure only where the monthly table cannot give the quarter', () => {
    const withFractions = dataset.measures.filter((m) => (m.statedFigures ?? []).some((f) => f.period === '2023-24-Q2') && m.monthly.some((p) => p.numerator != null));
    expect(withFractions).toEqual([]);
    // Where the table gives the quarter, the narrative's figure stays a data-check finding, not a stated figure.
    for (const id of ['csc-040', 're-referrals-monthly-percent', 'iha-within-20-working-days']) expect(measure(id).statedFigures, id).toBeUndefined();
  });

  it('reads the initial health assessments as quarterly points: Q2 is 38 / 83, printed in the September row', () => {
    expect(measure('iha-within-20-working-days').pointsCover).toBe('quarter');
  });

  it('flags the checks that build up to 31 March, each with a 90% year-end target', () => {
    const building = dataset.measures.filter((m) => m.buildsUp);
    expect(building.map((m) => [m.id, m.target])).toEqual([
      ['csc-250', 90],
      ['cic-review-health-check-ytd', 90],
      ['csc-251', 90],
      ['cic-dental-check-ytd', 90],
    ]);
  });

  it("gives the 22-25 NEET measure the summary's 30% target, and says so", () => {
    expect(measure('csc-294-neet')).toMatchObject({ target: 30 });
    expect(measure('csc-294-neet').targetSource).toContain('the target set of 30%');
  });
});
