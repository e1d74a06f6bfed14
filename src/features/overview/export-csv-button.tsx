import type { Dataset } from '../../domain/indicators';
import { buildExportFileName, buildExportRows, EXPORT_COLUMNS } from '../../presenters/build-export-rows';
import type { MeasureSummary } from '../../domain/summarise-measure';
import type { Period } from '../../domain/period';
import { downloadFile } from '../../lib/download-file';

export type ExportCsvButtonProps = { dataset: Dataset; period: Period; summaries: MeasureSummary[] };

/** Downloads the measures on screen, for the selected period, as a CSV that Excel opens cleanly. */
export function ExportCsvButton({ dataset, period, summaries }: ExportCsvButtonProps) {
  async function exportCsv() {
    // The CSV writer is only needed on click, so it stays out of the first screen's code.
    const { toCsv } = await import('../../lib/to-csv');
    const csv = toCsv(EXPORT_COLUMNS, buildExportRows(summaries, dataset.serviceAreas));
    downloadFile(buildExportFileName(dataset.authority.name, period.label), csv);
  }

  return (
    <button type="button" className="btn" onClick={() => void exportCsv()} disabled={summaries.length === 0}>
      <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4" fill="none" stroke="currentColor" strokeWidth={1.6}>
        <path d="M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13h10" />
      </svg>
      Export CSV
    </button>
  );
}
