import type { Dataset } from '../domain/indicators';
import { checkIntegrity } from './check-integrity';
import { checkNarrativeFigures } from './check-narrative-figures';
import { DATA_CHECK_KINDS, type DataCheckKind, type DataCheckSeverity } from './data-check-kinds';
import { findMonthGaps } from './find-month-gaps';
import { checkStatedFigures } from './check-stated-figures';

export { DATA_CHECK_KINDS, type DataCheckKind, type DataCheckSeverity } from './data-check-kinds';

/**
 * Every data-quality and consistency finding on a dataset, for the "Data checks" view and `npm run validate`:
 * the table's own integrity (check-integrity), months missing between reported months, and the narrative's figures
 * against the data. Warnings are for an analyst to fix or explain before the report goes to committee; info lists
 * narrative figures that cannot be traced to the data, which may be right but cannot be checked.
 */

export type DataCheckFinding = {
  kind: DataCheckKind;
  severity: DataCheckSeverity;
  sectionId: string | null;
  measureId: string | null;
  /** "2023-07" (month), "2023-24-Q2" (quarter), "2020/21" (Annual Trend year) or null. */
  period: string | null;
  /** Names the measure or text, the period and both figures. */
  message: string;
  /** The sentence of narrative the finding is about. */
  quote: string | null;
};

export function checkDataQuality(dataset: Dataset): DataCheckFinding[] {
  const sectionOf = new Map(dataset.measures.map((m) => [m.id, m.section]));
  const integrity = checkIntegrity(dataset).map(
    (f): DataCheckFinding => ({ ...f, severity: 'warning', sectionId: sectionOf.get(f.measureId) ?? null, quote: null }),
  );
  const gaps = dataset.measures.flatMap((measure) =>
    findMonthGaps(measure).map(
      ({ kind, measureId, period, message }): DataCheckFinding => ({ kind, severity: 'warning', sectionId: measure.section, measureId, period, message, quote: null }),
    ),
  );
  const stated = checkStatedFigures(dataset).map(
    ({ kind, measureId, period, message }): DataCheckFinding => ({ kind, severity: 'warning', sectionId: sectionOf.get(measureId) ?? null, measureId, period, message, quote: null }),
  );
  const narrative = checkNarrativeFigures(dataset).map(
    ({ kind, severity, sectionId, measureId, period, message, quote }): DataCheckFinding => ({ kind, severity, sectionId, measureId, period, message, quote }),
  );
  const order = new Map(DATA_CHECK_KINDS.map((k, i) => [k.kind, i]));
  // Stable: within a kind, findings keep the dataset's own order (measures, then sections, then the summary).
  return [...integrity, ...gaps, ...stated, ...narrative].sort((a, b) => (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0));
}
