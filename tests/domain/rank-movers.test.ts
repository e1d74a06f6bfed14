import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { createMonthPeriod } from '../../src/domain/period';
import { measureMovement, rankMovers } from '../../src/domain/rank-movers';
import { summariseMeasure } from '../../src/domain/summarise-measure';
import { annualFrom, makeMeasure, monthsFrom } from '../fixtures/make-measure';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const model = datasetModelOf(bundled);
const ranked = (periodKey: string, limit = 5) => {
  const periodModel = model.forPeriod(periodKey)!;
  return rankMovers(periodModel.summaries, limit, periodModel.movementOf).map((s) => s.measure.id);
};
const movementAt = (periodKey: string, id: string) => {
  const periodModel = model.forPeriod(periodKey)!;
  return periodModel.movementOf(periodModel.summaryOf(id)!);
};

describe('rankMovers on the bundled report', () => {
  it('does not put CSC 250 first at the financial year: 53.5% in September is its build-up, not a fall from 82.9%', () => {
    const year = ranked('2023-24', 10);
    expect(year[0]).not.toBe('csc-250');
    expect(year).not.toContain('csc-250');
    // Judged against its build-up: 8.5 pp ahead of the straight line to 90% now, 7.1 pp short of 90% at the end of 2022/23.
    expect(movementAt('2023-24', 'csc-250')).toMatchObject({ kind: 'build-up', gapNow: 8.5, gapThen: -7.1, change: 15.6, improving: true });
  });

  it('does not put CSC 250 first at Q2, where relative change put its climb of 37.1 pp from Q1 at the top', () => {
    expect(ranked('2023-24-Q2')[0]).not.toBe('csc-250');
    // Against the trajectory it moved 14.6 pp (6.1 behind at June, 8.5 ahead at September), not 37.1.
    expect(movementAt('2023-24-Q2', 'csc-250')).toMatchObject({ kind: 'build-up', change: 14.6 });
  });

  it('ranks a real shift above a small count: CSC 040 62% -> 47.7% above 6 -> 10 children coming into care', () => {
    // By relative change CSC 209 (+67%) came well above CSC 040 (-23%). Against their usual moves, CSC 209's 4 is
    // well inside its monthly swing of about 7, while CSC 040's 14.3 pp is nearly twice its usual 8.1.
    const september = ranked('2023-09', 50);
    expect(september.indexOf('csc-040')).toBeGreaterThanOrEqual(0);
    expect(september.indexOf('csc-040')).toBeLessThan(september.indexOf('csc-209'));
    expect(movementAt('2023-09', 'csc-209')!.timesUsual).toBeLessThan(1);
    expect(movementAt('2023-09', 'csc-040')).toMatchObject({ kind: 'change', change: -14.3, improving: false });
  });

  it('leaves out a percentage of a few children: CSC 186 from 0 of 65 to 3 of 80 (0% to 3.8%)', () => {
    expect(movementAt('2023-09', 'csc-186')).toBeNull();
    expect(ranked('2023-09', 50)).not.toContain('csc-186');
    // The year to date of CSC 252b, on hundreds of visits, is a real shift and stays in.
    expect(ranked('2023-24-Q2')[0]).toBe('csc-252b-10-days');
  });

  it('gives the same order from the movements the period model keeps as from working them out again', () => {
    const periodModel = model.forPeriod('2023-09')!;
    expect(rankMovers(periodModel.summaries, 10).map((s) => s.measure.id)).toEqual(ranked('2023-09', 10));
  });
});

describe('measureMovement', () => {
  const september = createMonthPeriod('2023-09');
  const summarise = (overrides: Parameters<typeof makeMeasure>[0]) => summariseMeasure(makeMeasure(overrides), september, '2023/24');
  const history = [70, 72, 69, 71, 70];

  it('weighs a move across the target, or away from it on the wrong side, double; a measure with a target half as much again', () => {
    const plain = measureMovement(summarise({ id: 'no-target', monthly: monthsFrom([...history, 75]) }))!;
    const withTarget = measureMovement(summarise({ id: 'target', target: 60, monthly: monthsFrom([...history, 75]) }))!;
    const crossing = measureMovement(summarise({ id: 'crossing', target: 73, monthly: monthsFrom([...history, 75]) }))!;
    const falling = measureMovement(summarise({ id: 'falling', target: 80, monthly: monthsFrom([...history, 65]) }))!;
    expect(plain.timesUsual).toBeCloseTo(withTarget.timesUsual, 5);
    expect(withTarget.score).toBeCloseTo(plain.score * 1.5, 5);
    expect(crossing).toMatchObject({ crossesTarget: true, improving: true });
    expect(crossing.score).toBeCloseTo(crossing.timesUsual * 2, 5);
    expect(falling).toMatchObject({ crossesTarget: false, improving: false });
    expect(falling.score).toBeCloseTo(falling.timesUsual * 2, 5);
  });

  it('leaves out no change, a missing figure, a measure without a usual variation, and small counts', () => {
    expect(measureMovement(summarise({ id: 'still', monthly: monthsFrom([...history, 70]) }))).toBeNull();
    expect(measureMovement(summarise({ id: 'gap', monthly: monthsFrom([...history, null]) }))).toBeNull();
    expect(measureMovement(summarise({ id: 'short', monthly: monthsFrom([null, null, null, null, 60, 64]) }))).toBeNull();
    // SGOs granted 1 -> 3: a threefold rise on numbers too small to mean anything.
    expect(measureMovement(summarise({ id: 'sgo', unit: 'count', polarity: 'neutral', monthly: monthsFrom([1, 1, 3, 2, 1, 3]) }))).toBeNull();
    expect(measureMovement(summarise({ id: '9-to-12', unit: 'count', polarity: 'neutral', monthly: monthsFrom([8, 11, 9, 10, 9, 12]) }))).not.toBeNull();
  });

  it('leaves out a measure that builds up without a target to build towards, rather than count its climb', () => {
    // Annual figures give it a usual variation, so only the missing trajectory keeps it out.
    const climbing = { id: 'climbing', buildsUp: true, monthly: monthsFrom([4, 6, 16, 32, 38, 54]), annual: annualFrom([80, 85, 83]) };
    expect(measureMovement(summarise({ ...climbing, target: 90 }))).toMatchObject({ kind: 'build-up' });
    expect(measureMovement(summarise(climbing))).toBeNull();
  });

  it('weighs a quarter that adds months up against the usual variation of three months, not one', () => {
    const referrals = makeMeasure({ id: 'referrals', unit: 'count', polarity: 'neutral', additive: true, monthly: monthsFrom([100, 110, 100, 110, 120, 110]) });
    const movement = measureMovement(summariseMeasure(referrals, model.forPeriod('2023-24-Q2')!.period, '2023/24'))!;
    // Q1 310, Q2 340: 30 against a usual 10 a month, over three months 10 * sqrt(3).
    expect(movement.change).toBe(30);
    expect(movement.timesUsual).toBeCloseTo(30 / (10 * Math.sqrt(3)), 5);
  });
});
