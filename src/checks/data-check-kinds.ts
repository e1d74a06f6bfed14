import type { IntegrityFindingKind } from './check-integrity';
import type { NarrativeFindingKind } from './check-narrative-figures';
import type { StatedFindingKind } from './check-stated-figures';

/**
 * The kinds of data-check finding, apart from the checks themselves: a link's `?kind=` is validated against this
 * list on every page, and the checks' code should load only on the data-checks screen.
 */

export type DataCheckKind = IntegrityFindingKind | 'month-gap' | StatedFindingKind | NarrativeFindingKind;
export type DataCheckSeverity = 'warning' | 'info';

/** Kinds in the order the view lists them, with a heading and what each one means. */
export const DATA_CHECK_KINDS: readonly { kind: DataCheckKind; label: string; description: string }[] = [
  describeKind('ytd-mismatch', 'Year to date vs sum of months', 'A year-to-date figure that is not the running sum of its monthly figures.'),
  describeKind('fraction-mismatch', 'Percentage vs its fraction', 'A printed percentage that its numerator and denominator do not round to.'),
  describeKind('part-exceeds-whole', 'Part larger than its whole', 'A count larger than the count it is part of.'),
  describeKind('no-figures', 'No figures', 'A measure with no figure at all.'),
  describeKind('month-gap', 'Missing months', 'No figure for a month between two reported months.'),
  describeKind(
    'stated-mismatch',
    'Stated figure vs the table',
    "A quarter or year figure the data carries as stated in the report's text that the table works out differently; the table's figure is shown.",
  ),
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

function describeKind(id: DataCheckKind, label: string, description: string) {
  return { kind: id, label, description };
}
