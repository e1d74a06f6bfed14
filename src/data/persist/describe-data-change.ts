import type { DataChangeEvent } from './data-change-channel';
import { IMPORT_SOURCE, MAX_VERSIONS_PER_SOURCE, type DatasetVersion } from './dataset-versions-db';

// Made when first needed, not as the app starts: the first Intl formatter of a page loads the locale data, one long
// task (presenters/format-en-gb.ts).
let day: Intl.DateTimeFormat | undefined;

/** "old.csv (imported 3 Oct 2023, 09:30)" */
export function describeImport(version: DatasetVersion): string {
  return `${version.label} (imported ${(day ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })).format(new Date(version.firstSeen))})`;
}

/**
 * What a tab tells its user about a change to the stored data: one made in another tab, or an import the retention
 * rule pushed out here. Null for changes not worth a word (this tab's own choices, which it shows at once).
 */
export function describeDataChange(event: DataChangeEvent): string | null {
  if (event.kind === 'import-shown' && event.fromOtherTab && event.label)
    return `Another tab chose the imported file ${event.label}: this tab now shows it too.`;
  return describeHeldChange(event);
}

/**
 * The same change told to a tab that has not applied it (a presentation): what exists, not what is shown. Null for
 * changes not worth a word.
 */
export function describeHeldChange(event: DataChangeEvent): string | null {
  if (event.kind === 'recorded') {
    const pushedOut = event.evicted.filter((v) => v.source === IMPORT_SOURCE);
    const removed =
      pushedOut.length > 0
        ? ` ${pushedOut.map(describeImport).join(', ')} ${pushedOut.length === 1 ? 'was' : 'were'} removed from this browser's import history to make room: it keeps the last ${MAX_VERSIONS_PER_SOURCE} imports.`
        : '';
    if (!event.fromOtherTab) return removed ? removed.trim() : null;
    if (event.version.source === IMPORT_SOURCE) return `${event.version.label} was imported in another tab.${removed}`;
    return `A newer edition of ${event.version.label}, as at ${event.version.summary.asAt}, was fetched in another tab.`;
  }
  if (!event.fromOtherTab) return null;
  if (event.kind === 'deleted')
    return event.version.source === IMPORT_SOURCE ? `${describeImport(event.version)} was deleted from the import history in another tab.` : null;
  return event.label ? `Another tab chose the imported file ${event.label}.` : 'Another tab stopped using an imported file.';
}
