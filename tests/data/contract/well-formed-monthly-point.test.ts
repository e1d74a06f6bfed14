import { isDeepStrictEqual } from 'node:util';
import { isWellFormedMonthlyPoint, monthlyPointSchema } from '../../../src/data/contract/indicator-schema';

/** The predicate's contract: zod accepts the point and returns it unchanged, key order included. */
function zodReturnsUnchanged(point: unknown): boolean {
  const result = monthlyPointSchema.safeParse(point);
  return result.success && isDeepStrictEqual(result.data, point) && isDeepStrictEqual(Object.keys(result.data), Object.keys(point as object));
}

const month = '2023-04';
const withSymbol = { month, value: 1, [Symbol('note')]: 'x' };
const nullPrototype = Object.assign(Object.create(null) as object, { month, value: 1 });

const cases: [name: string, point: unknown, wellFormed: boolean][] = [
  ['a value', { month, value: 81.3 }, true],
  ['a null value', { month, value: null }, true],
  ['a negative value (the refinement judges it, per unit)', { month, value: -2 }, true],
  ['numerator and denominator', { month, value: 75, numerator: 3, denominator: 4 }, true],
  ['null numerator and denominator', { month, value: null, numerator: null, denominator: null }, true],
  ['a denominator alone', { month, value: null, denominator: 4 }, true],
  ['zero counts', { month, value: 0, numerator: 0, denominator: 0 }, true],
  ['the largest safe integer', { month, value: 1, numerator: 2 ** 53 - 1 }, true],
  ['month 13', { month: '2023-13', value: 1 }, false],
  ['a one-digit month', { month: '2023-4', value: 1 }, false],
  ['a leading space', { month: ' 2023-04', value: 1 }, false],
  ['a trailing space', { month: '2023-04 ', value: 1 }, false],
  ['a numeric month', { month: 202304, value: 1 }, false],
  ['no month', { value: 1 }, false],
  ['no value', { month }, false],
  ['a value as a string', { month, value: '81.3' }, false],
  ['an infinite value', { month, value: Infinity }, false],
  ['a negative infinite value', { month, value: -Infinity }, false],
  ['a NaN value', { month, value: NaN }, false],
  ['a nested object for value', { month, value: { amount: 1 } }, false],
  ['a negative numerator', { month, value: 1, numerator: -1, denominator: 4 }, false],
  ['a fractional numerator', { month, value: 1, numerator: 2.5, denominator: 4 }, false],
  ['a numerator past the safe integers', { month, value: 1, numerator: 2 ** 53 }, false],
  ['a numerator as a string', { month, value: 1, numerator: '3' }, false],
  ['an extra key, which zod strips', { month, value: 1, note: 'estimated' }, false],
  ['keys in another order, which zod reorders', { value: 1, month }, false],
  ['denominator before numerator', { month, value: 1, denominator: 4, numerator: 3 }, false],
  ['a symbol key, which zod drops', withSymbol, false],
  ['a null prototype, which zod replaces', nullPrototype, false],
  ['an array', [month, 1], false],
  ['null', null, false],
  ['undefined', undefined, false],
  ['a string', month, false],
  ['a number', 1, false],
];

describe('isWellFormedMonthlyPoint', () => {
  it.each(cases)('agrees with zod on %s', (_name, point, wellFormed) => {
    expect(isWellFormedMonthlyPoint(point)).toBe(wellFormed);
    expect(zodReturnsUnchanged(point)).toBe(wellFormed);
  });

  it('refuses a key holding undefined, which JSON cannot produce, though zod would accept it', () => {
    const point = { month, value: 1, numerator: undefined };
    expect(zodReturnsUnchanged(point)).toBe(true);
    expect(isWellFormedMonthlyPoint(point)).toBe(false);
  });
});
