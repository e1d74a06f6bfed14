import { formatLongMonth } from '../../domain/calendar';
import type { MeasureDraft, PointDraft } from './map-csv-rows';
import { quoteCell } from './csv-cells';

const MAX_ROWS_NAMED = 8;

type Located = { row: number; month: string; point: PointDraft };

/**
 * Figures whose month is probably not what the analyst meant, worded as warnings (the file still loads): a date
 * that reads differently month first (a US-style "4/1/2023" in a UK file), a month outside the file's financial
 * year, and a figure after the file's "as at" date. A sheet saved on a computer set to US dates is otherwise
 * read without a word, and its April figure shown as January's.
 */
export function describePeriodWarnings(measures: readonly MeasureDraft[], financialYear: string | undefined, reportingMonths: readonly string[], asAt: string | undefined): string[] {
  const points: Located[] = measures.flatMap((measure) => [...measure.monthly.entries()].map(([month, point]) => ({ row: point.row, month, point })));
  const warnings: string[] = [];

  const doubtful = points.filter(({ point }) => point.monthFirst !== undefined);
  if (doubtful.length > 0) {
    const example = doubtful[0]!;
    warnings.push(
      `${describeRows(doubtful)} ${doubtful.length === 1 ? 'gives its period as a date' : 'give their periods as dates'} that could be day first or month first: ` +
        `${doubtful.length === 1 ? 'it was' : 'they were'} read day first, as in the UK (${quoteCell(example.point.periodText ?? '')} as ${formatLongMonth(example.month)}, not ${formatLongMonth(example.point.monthFirst!)}). ` +
        'If the sheet was saved with US dates, write the periods as months ("2023-04") instead.',
    );
  }

  const months = new Set(reportingMonths);
  const outside = months.size > 0 ? points.filter(({ month, point }) => !months.has(month) && hasFigure(point)) : [];
  if (outside.length > 0)
    warnings.push(`${describeRows(outside)} ${outside.length === 1 ? 'has a figure' : 'have figures'} for ${describeMonths(outside)}, outside the file's financial year ${financialYear}: check the period.`);

  const lastMonth = asAt?.slice(0, 7);
  const after = lastMonth ? points.filter(({ month, point }) => month > lastMonth && hasFigure(point) && months.has(month)) : [];
  if (after.length > 0)
    warnings.push(`${describeRows(after)} ${after.length === 1 ? 'has a figure' : 'have figures'} for ${describeMonths(after)}, after the file's "as at" date (${Number(asAt!.slice(8))} ${formatLongMonth(lastMonth!)}).`);
  return warnings;
}

function hasFigure(point: PointDraft): boolean {
  return point.value !== null || point.numerator !== undefined || point.denominator !== undefined;
}

function describeRows(located: readonly Located[]): string {
  const rows = [...new Set(located.map((l) => l.row))].sort((a, b) => a - b);
  if (rows.length === 1) return `Row ${rows[0]}`;
  const named = rows.slice(0, MAX_ROWS_NAMED);
  const more = rows.length - named.length;
  return more > 0 ? `Rows ${named.join(', ')} and ${more} more` : `Rows ${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

function describeMonths(located: readonly Located[]): string {
  const months = [...new Set(located.map((l) => l.month))].sort();
  const named = months.slice(0, 3).map(formatLongMonth);
  return months.length > 3 ? `${named.join(', ')} and ${months.length - 3} other months` : named.join(' and ').replace(/ and (?=.* and )/, ', ');
}
