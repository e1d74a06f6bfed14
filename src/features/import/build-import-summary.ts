import type { Dataset } from '../../domain/indicators';
import { reportedMonths } from '../../domain/reported-months';
import { formatDate } from '../../presenters/format';
import { formatMonthRange } from '../../domain/calendar';

/** One sentence that lets the user check they picked the right file before using it. */
export function buildImportSummary(fileName: string, dataset: Dataset): string {
  const months = reportedMonths(dataset);
  const measures = `${dataset.measures.length} measure${dataset.measures.length === 1 ? '' : 's'}`;
  const sections = `${dataset.sections.length} section${dataset.sections.length === 1 ? '' : 's'}`;
  const span = months.length > 0 ? `, figures for ${formatMonthRange(months[0]!, months.at(-1)!)}` : ', no monthly figures';
  return `${fileName} is ready: ${measures} in ${sections} for ${dataset.authority.name}${span}, data as at ${formatDate(dataset.reportingPeriod.asAt)}.`;
}
