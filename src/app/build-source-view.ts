import type { DataSource } from '../data/load/choose-data-source';
import type { ImportedMeta } from '../data/persist/imported-dataset-db';
import type { DatasetVersion } from '../data/persist/dataset-versions-db';
import { formatDate } from '../presenters/format';
import { formatLongMonth } from '../domain/calendar';
import type { DataIssue } from '../data/contract/describe-issues';
import { DatasetLoadError } from '../data/load/dataset-load-error';
import { describeDuration } from '../data/load/load-dataset';
import { isolateBidi } from '../lib/bidi-text';
import { slowFeedAfterMs } from '../data/load/refresh-policy';
import { formatClockTime, formatDayAndTime } from '../presenters/format-en-gb';

/** What the source bar and the stale banner say, worked out from the source and the query's state. */
export type SourceView = {
  name: string;
  /** The feed address or file name, shown as text (never as a link: it came from the URL or a file). */
  address: string | null;
  /**
   * "Last checked at 14:05", or "Loading…" before the first answer: the line is there from the first paint so
   * that the bar does not grow when the answer comes (a layout shift Lighthouse counts). Null for an import.
   */
  checked: string | null;
  canRefresh: boolean;
  /** Offer "Back to the bundled report" when something else is showing. */
  canReturnToBundled: boolean;
  /** A stored import that is not in use, offered with its file name. */
  inactiveImport: string | null;
  hasImport: boolean;
  /** Every import kept in this browser, newest first, to switch between and delete. */
  imports: ImportItemView[];
  rejected: string | null;
  stale: { headline: string; reason: string; issues: DataIssue[] } | null;
};

export type ImportItemView = {
  versionId: string;
  fileName: string;
  /** "imported at 14:05:09", "imported on 3 Nov 2023, 09:30" */
  imported: string;
  /** "Darlington Borough Council · 74 measures · figures to September 2023 · data as at 30 September 2023" */
  summary: string;
  /** On screen now. */
  showing: boolean;
};

export type SourceViewInput = {
  source: DataSource;
  imported: ImportedMeta | null;
  /** The import history, newest first (empty when nothing was imported or storage is refused). */
  history?: DatasetVersion[];
  rejected: string | null;
  dataUpdatedAt: number;
  errorUpdatedAt: number;
  hasData: boolean;
  error: Error | null;
  /** Null in the published HTML and while the browser hydrates it, where no clock may be read. */
  now: number | null;
};

/** The source bar's time line in the published HTML, until the page is live and says when it last checked. */
export const PUBLISHED_CHECK_TEXT = 'Figures as published';

export function buildSourceView(input: SourceViewInput): SourceView {
  const { source, imported, history = [], rejected, dataUpdatedAt, errorUpdatedAt, hasData, error } = input;
  const lastCheck = Math.max(dataUpdatedAt, errorUpdatedAt);
  const now = input.now ?? lastCheck;
  const isImported = source.kind === 'imported';
  return {
    name: NAMES[source.kind],
    address: isImported ? (imported ? `${isolateBidi(imported.fileName)}, imported ${formatMoment(Date.parse(imported.importedAt), now)}` : null) : source.url,
    checked: isImported ? null : input.now === null ? PUBLISHED_CHECK_TEXT : lastCheck > 0 ? `Last checked ${formatMoment(lastCheck, now)}` : 'Loading…',
    canRefresh: !isImported,
    canReturnToBundled: source.kind !== 'bundled',
    inactiveImport: imported && !isImported ? isolateBidi(imported.fileName) : null,
    hasImport: imported !== null || history.length > 0,
    imports: history.map((version) => ({
      versionId: version.id,
      fileName: isolateBidi(version.label),
      imported: `imported ${formatMoment(Date.parse(version.firstSeen), now)}`,
      summary: summariseVersion(version),
      showing: isImported && source.versionId === version.id,
    })),
    rejected,
    stale:
      hasData && error
        ? {
            headline: `Stale: showing the figures last updated ${formatMoment(dataUpdatedAt, now)}.`,
            reason: `The feed failed because ${lowerFirst(error.message)} The dashboard keeps trying, less often each time.`,
            issues: error instanceof DatasetLoadError ? error.issues : [],
          }
        : null,
  };
}

const NAMES: Record<DataSource['kind'], string> = {
  bundled: 'Bundled report',
  deployment: 'Published feed',
  link: 'Feed from a link',
  imported: 'Imported file',
};

/** "at 14:05:09" today, "on 3 Oct 2023, 14:05" on another day: managers check several times a day. */
export function formatMoment(ms: number, now: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return 'at an unknown time';
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  return sameDay ? `at ${formatClockTime(new Date(ms))}` : `on ${formatDayAndTime(new Date(ms))}`;
}

/**
 * Said as soon as a check is slow, rather than leaving "Loading…" up until the timeout: how long it has waited,
 * when it will give up, and (during a refresh) that the figures on screen stay.
 */
export function describeSlowFeed(url: string, timeoutMs: number, hasFigures: boolean): string {
  const waited = describeDuration(slowFeedAfterMs(timeoutMs));
  const then = hasFigures ? 'the figures on screen stay until then' : 'then says why';
  return `The feed ${url} is slow to answer: still waiting after ${waited}. The dashboard gives up after ${describeDuration(timeoutMs)} and ${then}.`;
}

function summariseVersion({ summary }: DatasetVersion): string {
  const measures = `${summary.measureCount} measure${summary.measureCount === 1 ? '' : 's'}`;
  const months = summary.latestMonth ? `figures to ${formatLongMonth(summary.latestMonth)}` : 'no monthly figures';
  return [summary.authority, measures, months, `data as at ${formatDate(summary.asAt)}`].join(' · ');
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}
