import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { findFamilies } from '../../src/domain/families';
import { resolveTarget, trajectoryAt, trajectoryPath } from '../../src/domain/targets';
import { evaluateStatus } from '../../src/domain/evaluate-status';
import { makeMeasure, monthsFrom } from '../fixtures/make-measure';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const measure = (id: string) => bundled.measures.find((m) => m.id === id)!;
const families = findFamilies(bundled.measures);

describe('findFamilies', () => {
  it('joins measures by their links, with the monthly member as head and the year to date giving the year', () => {
    const family = families.get('csc-040')!;
    expect(family.head.id).toBe('csc-040');
    expect(family.members.map((m) => [m.measure.id, m.role])).toEqual([
      ['csc-040', 'head'],
      ['csc-038', 'year-to-date'],
    ]);
    expect(family.yearToDate?.id).toBe('csc-038');
    expect(families.get('csc-038')).toBe(family);
  });

  it('follows chains: a rate of a part of a whole is in the whole\'s family (external EHAs and their percentage)', () => {
    expect(families.get('eha-external-monthly-percent')?.head.id).toBe('csc-002');
    expect(families.get('csc-035')?.members.map((m) => m.measure.id)).toEqual(['csc-037', 'csc-036', 'csc-035']);
  });

  it('gives no year figure from an unreliable year to date: CSC 252b 15 days repeats the monthly column', () => {
    const family = families.get('csc-252a-15-days')!;
    expect(family.yearToDate).toBeNull();
    expect(family.unreliableYearToDate?.id).toBe('csc-252b-15-days');
  });

  it('leaves a measure without links on its own, and survives a loop the contract would refuse', () => {
    expect(families.get('csc-022')).toBeUndefined();
    const a = makeMeasure({ id: 'a', partOf: 'b' });
    const b = makeMeasure({ id: 'b', partOf: 'a' });
    expect(() => findFamilies([a, b])).not.toThrow();
  });
});

describe('resolveTarget', () => {
  it("inherits the family's target where the table prints it on the other version only: CSC 178 takes CSC 176's 95%", () => {
    expect(measure('csc-178').target).toBeNull();
    expect(resolveTarget(measure('csc-178'), families.get('csc-178')!, '2023/24')).toEqual({
      value: 95,
      origin: 'inherited',
      from: { id: 'csc-176', code: 'CSC 176', title: measure('csc-176').title },
      source: null,
    });
  });

  it('never inherits into a rate or an "of which" count, nor for a neutral measure', () => {
    // The rate of children in care has a 95 per 10k comparator; the count of children in care does not take it.
    expect(resolveTarget(measure('csc-201'), families.get('csc-201')!, '2023/24')).toBeNull();
    expect(resolveTarget(measure('csc-200'), families.get('csc-200')!, '2023/24')).toBeNull();
  });

  it("gives the 22-25 NEET band the summary's 30% as its own target, with the summary as source", () => {
    const target = resolveTarget(measure('csc-294-neet'), null, '2023/24');
    expect(target).toMatchObject({ value: 30, origin: 'own' });
    expect(target?.source).toContain('the target set of 30%');
  });

  it('takes the target of the year where the data gives one per year, and the measure\'s own otherwise', () => {
    const changing = makeMeasure({ id: 'neet', polarity: 'lower-is-better', target: 30, targets: [{ year: '2024/25', value: 25, source: 'Plan 2024' }] });
    expect(resolveTarget(changing, null, '2024/25')).toEqual({ value: 25, origin: 'year', from: null, source: 'Plan 2024' });
    expect(resolveTarget(changing, null, '2023/24')?.value).toBe(30);
  });
});

describe('trajectoryAt', () => {
  const dental = measure('cic-dental-check-ytd');

  it('assumes a straight line from 0 in April to the year-end target: 7.5% by April, 45% by September, 90% by March', () => {
    expect(trajectoryAt(dental, '2023-04', '2023/24', 90)).toEqual({ month: '2023-04', value: 7.5, yearEnd: 90, assumed: true });
    expect(trajectoryAt(dental, '2023-09', '2023/24', 90)?.value).toBe(45);
    expect(trajectoryAt(dental, '2024-03', '2023/24', 90)?.value).toBe(90);
    expect(trajectoryPath(dental, '2023/24', 90)).toHaveLength(12);
  });

  it('judges dental checks against the month, not the year end: April\'s 8.9% is on track, not off target', () => {
    const april = trajectoryAt(dental, '2023-04', '2023/24', 90)!;
    expect(evaluateStatus(dental, 8.9)).toBe('off-target');
    expect(evaluateStatus(dental, 8.9, april.value)).toBe('on-target');
    // CSC 251 (up-to-date dental checks) at 35.5% in September is 9.5 pp behind the 45% it should have reached.
    expect(evaluateStatus(measure('csc-251'), 35.5, trajectoryAt(measure('csc-251'), '2023-09', '2023/24', 90)!.value)).toBe('off-target');
  });

  it('follows a monthly path the data gives, and is null for a measure that does not build up', () => {
    const withPath = makeMeasure({ id: 'd', buildsUp: true, target: 90, monthly: monthsFrom([8.9]), targets: [{ year: '2023/24', value: 90, path: [{ month: '2023-04', value: 5 }] }] });
    expect(trajectoryAt(withPath, '2023-04', '2023/24', 90)).toEqual({ month: '2023-04', value: 5, yearEnd: 90, assumed: false });
    expect(trajectoryAt(withPath, '2023-05', '2023/24', 90)?.assumed).toBe(true);
    expect(trajectoryAt(measure('csc-022'), '2023-04', '2023/24', 90)).toBeNull();
  });
});

describe('SPC assurance and targets that change', () => {
  it('judges assurance against the target in force in the latest month', async () => {
    const { analyseSpc } = await import('../../src/domain/spc/analyse-spc');
    const { listMonthsOfFinancialYear } = await import('../../src/domain/period');
    const months = [...listMonthsOfFinancialYear(2023), ...listMonthsOfFinancialYear(2024).slice(0, 6)];
    const monthly = months.map((month, i) => ({ month, value: 80 + (i % 3) }));
    const measure = makeMeasure({ id: 'visits', target: 70, monthly, targets: [{ year: '2024/25', value: 95 }] });
    const result = analyseSpc(measure);
    // 70 would be passed every month; 2024/25's 95 is above the upper limit, so it will consistently be missed.
    expect(result.status === 'ok' && result.assurance).toBe('fail');
    expect(analyseSpc({ ...measure, targets: undefined }).status === 'ok' && analyseSpc({ ...measure, targets: undefined })).toMatchObject({ assurance: 'pass' });
  });
});
