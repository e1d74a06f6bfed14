import type { Measure } from '../indicators';
import { readPointValue } from '../aggregate-period';
import { shiftMonth } from '../period';
import { compareIsoText } from '../compare-iso-text';

/**
 * The monthly series an XmR chart is drawn from: every month of the measure with a figure, across financial years,
 * oldest first. Empty months are skipped (the chart joins the points either side) and listed, so the explanation can
 * say the series has holes rather than hide them.
 */

export type SpcPoint = { month: string; value: number };

export type SpcSeries = {
  points: SpcPoint[];
  /** Months between the first and last figure that have none. */
  skippedMonths: string[];
};

/** `throughMonth` ends the series there ("2023-09"), so a past period is judged on what was known then. */
export function collectSpcSeries(measure: Measure, throughMonth?: string): SpcSeries {
  const points = measure.monthly
    .filter((p) => throughMonth === undefined || p.month <= throughMonth)
    .flatMap((p): SpcPoint[] => {
      const value = readPointValue(p, measure.unit);
      return value === null ? [] : [{ month: p.month, value }];
    })
    .sort((a, b) => compareIsoText(a.month, b.month));
  return { points, skippedMonths: listSkippedMonths(points) };
}

function listSkippedMonths(points: SpcPoint[]): string[] {
  const first = points[0]?.month;
  const last = points.at(-1)?.month;
  if (!first || !last) return [];
  const present = new Set(points.map((p) => p.month));
  const skipped: string[] = [];
  for (let month = first; month < last; month = shiftMonth(month, 1)) if (!present.has(month)) skipped.push(month);
  return skipped;
}
