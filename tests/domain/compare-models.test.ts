import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { compareModels } from '../../src/domain/compare-models';

const read = (file: string) => datasetModelOf(datasetSchema.parse(JSON.parse(readFileSync(`public/data/${file}`, 'utf8'))));
const bundled = read('indicators.json');
const demo = read('demo-synthetic.json');
const ids = <T extends { measure: { id: string } }>(items: T[]) => items.map((i) => i.measure.id);

describe('since last meeting: September 2023 of the bundled report against August', () => {
  const comparison = compareModels(bundled.forPeriod('2023-09')!, bundled.forPeriod('2023-08')!);

  it('lists the measures whose status changed, from what to what', () => {
    expect(comparison.statusChanges.map((c) => [c.measure.id, c.from, c.to])).toEqual([
      ['csc-026', 'near-target', 'on-target'],
      ['re-referrals-monthly-percent', 'off-target', 'on-target'],
      ['csc-252a-15-days', 'off-target', 'near-target'],
      ['csc-228', 'near-target', 'off-target'],
      ['iha-within-20-working-days', 'no-data', 'off-target'],
    ]);
  });

  it("ranks the biggest movers as the overview does, against each measure's usual variation: CSC 026 6% to 1.4% first", () => {
    expect(comparison.movers[0]).toMatchObject({ from: 6, to: 1.4, measure: { id: 'csc-026' }, direction: { kind: 'improving', comparedWith: 'Aug 2023' } });
    // Section 47 enquiries (34 to 75), first by relative change, moved 1.5 times their usual month-to-month swing.
    expect(ids(comparison.movers)).toEqual(['csc-026', 'csc-040', 're-referrals-monthly-percent', 'csc-191a', 'csc-260a']);
    expect(comparison.movers[1]?.direction.kind).toBe('worsening');
  });

  it('finds no new SPC signal: no measure of the report has the 15 months SPC needs', () => {
    expect(comparison.newSignals).toEqual([]);
  });

  it('keeps to the measures asked for, in their order', () => {
    const pack = compareModels(bundled.forPeriod('2023-09')!, bundled.forPeriod('2023-08')!, { measureIds: ['csc-228', 'csc-026', 'csc-022'] });
    expect(ids(pack.statusChanges)).toEqual(['csc-228', 'csc-026']);
    expect(ids(pack.movers)).toEqual(['csc-026', 'csc-228', 'csc-022']);
  });

  it('finds nothing when the baseline is the same figures (a refresh that changed nothing)', () => {
    const same = compareModels(bundled.forPeriod('2023-09')!, read('indicators.json').forPeriod('2023-09')!);
    expect(same).toEqual({ statusChanges: [], newSignals: [], movers: [] });
  });
});

describe('new SPC signals in the demo data', () => {
  it('August 2023 against July: referrals within 1 day start a concern, referrals received a signal either way', () => {
    const { newSignals } = compareModels(demo.forPeriod('2023-08')!, demo.forPeriod('2023-07')!);
    expect(newSignals.map((s) => [s.measure.id, s.variation, s.was])).toEqual([
      ['demo-referrals-1-day', 'concern', 'common-cause'],
      ['demo-referrals-received', 'neither', 'common-cause'],
    ]);
  });
});
