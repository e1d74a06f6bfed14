import type { Dataset } from './indicators';

/** Months any measure reports a figure or a numerator for, oldest first. */
export function reportedMonths(dataset: Pick<Dataset, 'measures'>): string[] {
  const months = new Set<string>();
  for (const measure of dataset.measures)
    for (const point of measure.monthly) if (point.value !== null || point.numerator != null) months.add(point.month);
  return [...months].sort();
}
