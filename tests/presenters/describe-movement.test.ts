import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { describeMovement, describeTimesUsual } from '../../src/presenters/describe-movement';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const said = (periodKey: string, id: string) => {
  const periodModel = datasetModelOf(bundled).forPeriod(periodKey)!;
  const summary = periodModel.summaryOf(id)!;
  return describeMovement(summary, periodModel.movementOf(summary)!);
};

describe('describeMovement', () => {
  it('says the change, good or bad in words, and how it compares with the usual monthly change', () => {
    expect(said('2023-09', 'csc-040')).toBe('Worsening: down 14.3 pp on Aug 2023, 1.8 times its usual monthly change');
  });

  it('says when a move crosses the target', () => {
    expect(said('2023-09', 'csc-026')).toBe('Improving: down 4.6 pp on Aug 2023, 1.9 times its usual monthly change; now meets its target');
  });

  it('judges a measure that builds up by where it stands against its expected build-up, then and now', () => {
    expect(said('2023-24-Q2', 'csc-250')).toBe('Improving: 8.5 pp ahead of its expected build-up for Sep 2023, from 6.1 pp behind at Q1 2023/24');
    expect(said('2023-24', 'csc-251')).toBe('Improving: 9.5 pp behind its expected build-up for Sep 2023, from 42.3 pp behind at the end of 2022/23');
  });
});

describe('describeTimesUsual', () => {
  it('rounds to one decimal and calls a move smaller than usual what it is', () => {
    expect(describeTimesUsual(2.04)).toBe('2 times its usual monthly change');
    expect(describeTimesUsual(11.88)).toBe('11.9 times its usual monthly change');
    expect(describeTimesUsual(0.6)).toBe('within its usual monthly variation');
  });
});
