import type { ModelComparison } from '../domain/compare-models';
import type { Status } from '../domain/evaluate-status';
import { describeDirection } from './describe-direction';
import { formatDate, formatRelative, formatValue } from './format';
import { measureHeading } from './labels';
import { STATUS_VARIANTS, DIRECTION_TONES } from './variants';

/** The opening "Since last meeting" slide: three short lists, each saying so when it is empty. */
export type ExceptionItemView = {
  id: string;
  heading: string;
  /** The change in words; never colour alone. */
  text: string;
  /** The status now, for a badge; null for items that are not about status. */
  status: Status | null;
  tone: string;
};

export type ExceptionGroupView = { id: 'status' | 'signals' | 'movers'; title: string; items: ExceptionItemView[]; hiddenCount: number; emptyText: string };

export type ExceptionsView = {
  heading: string;
  /** "September 2023 against Aug 2023", "Sep 2023 against the data as at 26 September 2023 (seen 3 October)". */
  comparedWith: string;
  groups: ExceptionGroupView[];
  /** "Nothing changed" when every list is empty, so an empty slide does not look broken. */
  summary: string;
};

/** What is compared with what, as the slide and the pack builder say it. */
export type ComparisonLabels = { currentLabel: string; baselineLabel: string };

/** Each list fits a slide read across a room; the rest are counted, not dropped silently. */
const MAX_ITEMS = 5;

const SIGNAL_WORDS = {
  improvement: 'New special cause variation: an improvement',
  concern: 'New special cause variation: a concern',
  neither: 'New special cause variation: unusually high or low',
} as const;

export function describeExceptions(comparison: ModelComparison, { currentLabel, baselineLabel }: ComparisonLabels): ExceptionsView {
  const statusItems: ExceptionItemView[] = comparison.statusChanges.map(({ measure, from, to }) => ({
    id: measure.id,
    heading: measureHeading(measure),
    // Beside the badge of the status now.
    text: `was ${STATUS_VARIANTS[from].label.toLowerCase()}`,
    status: to,
    tone: '',
  }));
  const signalItems: ExceptionItemView[] = comparison.newSignals.map(({ measure, variation }) => ({
    id: measure.id,
    heading: measureHeading(measure),
    text: SIGNAL_WORDS[variation],
    status: null,
    tone: variation === 'improvement' ? DIRECTION_TONES.improving : variation === 'concern' ? DIRECTION_TONES.worsening : '',
  }));
  const moverItems: ExceptionItemView[] = comparison.movers.map(({ measure, direction, from, to }) => ({
    id: measure.id,
    heading: measureHeading(measure),
    text: `${formatValue(from, measure.unit)} to ${formatValue(to, measure.unit)} (${formatRelative(direction.relative ?? 0)}). ${describeDirection({ ...direction, comparedWith: baselineLabel }, measure.unit)}`,
    status: null,
    tone: DIRECTION_TONES[direction.kind],
  }));
  const groups: ExceptionGroupView[] = [
    group('status', 'Status changed', statusItems, 'No measure changed status.'),
    group('signals', 'New SPC signals', signalItems, 'No new SPC signal.'),
    group('movers', 'Biggest movers', moverItems, 'No measure can be compared.'),
  ];
  const nothing = groups.every((g) => g.items.length === 0);
  return {
    heading: 'Since last meeting',
    comparedWith: `${currentLabel} against ${baselineLabel}`,
    groups,
    summary: nothing ? 'Nothing changed in these measures.' : countChanges(groups),
  };
}

function group(id: ExceptionGroupView['id'], title: string, items: ExceptionItemView[], emptyText: string): ExceptionGroupView {
  return { id, title, items: items.slice(0, MAX_ITEMS), hiddenCount: Math.max(items.length - MAX_ITEMS, 0), emptyText };
}

function countChanges(groups: ExceptionGroupView[]): string {
  const [status, signals] = groups.map((g) => g.items.length + g.hiddenCount);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(status ?? 0, 'status change')}, ${plural(signals ?? 0, 'new SPC signal')}.`;
}

const seenDate = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A kept version as the "Compare with" choice names it: "Data as at 30 September 2023, first seen Tue 3 Oct 2023, 09:00". */
export function describeVersionChoice(version: { firstSeen: string; summary: { asAt: string } }): string {
  const seen = new Date(version.firstSeen);
  // Local time: "as at last Tuesday" is the presenter's Tuesday. Without Intl's comma after the weekday.
  const when = Number.isNaN(seen.getTime()) ? version.firstSeen : seenDate.format(seen).replace(/^(\w+),/, '$1');
  return `Data as at ${formatDate(version.summary.asAt)}, first seen ${when}`;
}
