import type { Dataset } from '../data/indicator-schema';
import { checkIntegrity, type IntegrityFindingKind } from './check-integrity';
import { checkNarrativeFigures, type NarrativeFindingKind } from './check-narrative-figures';
import { findMonthGaps } from './find-month-gaps';

/**
 * Every data-quality and consistency finding on a dataset, for the "Data checks" view and `npm run validate`:
 * the table's own integrity (check-integrity), months missing between reported months, and the narrative's figures
 * against the data. Warnings are for an analyst to fix or explain before the report goes to committee; info lists
 * narrative figures that cannot be traced to the data, which may be right but cannot be checked.
 */

export type DataCheckKind = IntegrityFindingKind | 'month-gap' | NarrativeFindingKind;
export type DataCheckSeverity = 'warning' | 'info';

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

/** Kinds in the order the view lists them, with a heading and what each one means. */
export const DATA_CHECK_KINDS: readonly { kind: DataCheckKind; label: string; description: string }[] = [
  describeKind('ytd-mismatch', 'Year to date vs sum of months', 'A year-to-date figure that is not the running sum of its monthly figures.'),
  describeKind('fraction-mismatch', 'Percentage vs its fraction', 'A printed percentage that its numerator and denominator do not round to.'),
  describeKind('part-exceeds-whole', 'Part larger than its whole', 'A count larger than the count it is part of.'),
  describeKind('no-figures', 'No figures', 'A measure with no figure at all.'),
  describeKind('month-gap', 'Missing months', 'No figure for a month between two reported months.'),
  describeKind(
    'narrative-direction',
    'Narrative direction contradicted',
    'The text says a figure rose or fell, or is above or below another, and the two figures it quotes say otherwise.',
  ),
  describeKind('narrative-fraction', 'Narrative percentage vs its fraction', 'A percentage quoted with a fraction that does not round to it.'),
  describeKind('narrative-rounding', 'Narrative percentage truncated', "A quoted percentage that is the data's fraction cut short instead of rounded."),
  describeKind(
    'narrative-untraced',
    'Narrative figure not in the data',
    'A quoted percentage or rate that matches no figure the measures hold: it may be right, but it cannot be checked.',
  ),
];

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
  const narrative = checkNarrativeFigures(dataset).map(
    ({ kind, severity, sectionId, measureId, period, message, quote }): DataCheckFinding => ({ kind, severity, sectionId, measureId, period, message, quote }),
  );
  const order = new Map(DATA_CHECK_KINDS.map((k, i) => [k.kind, i]));
  // Stable: within a kind, findings keep the dataset's own order (measures, then sections, then the summary).
  return [...integrity, ...gaps, ...narrative].sort((a, b) => (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0));
}

function describeKind(id: DataCheckKind, label: string, description: string) {
  return { kind: id, label, description };
}
