import { decimalsFor, roundTo } from '../../src/domain/numbers';

describe('roundTo', () => {
  it('rounds halves away from zero despite binary representation', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-16.35, 1)).toBe(-16.4);
    expect(roundTo(40 / 57 * 100, 1)).toBe(70.2);
  });
});

describe('decimalsFor', () => {
  it('gives percentages and rates one decimal place and counts none, as the report prints them', () => {
    expect(decimalsFor('percent')).toBe(1);
    expect(decimalsFor('rate-per-10k')).toBe(1);
    expect(decimalsFor('count')).toBe(0);
  });
});
