import type { Unit } from './indicators';

/** Rounds half away from zero at a number of decimals, absorbing binary noise such as 1.005 -> 1.0049999. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor + 1e-9) / factor;
  return value < 0 ? -rounded : rounded;
}

/** How many decimals a unit is shown with: the report gives percentages and rates to 1 dp, counts whole. */
export function decimalsFor(unit: Unit): number {
  return unit === 'count' ? 0 : 1;
}
