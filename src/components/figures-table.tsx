import type { FiguresTableColumn, FiguresTableRow } from '../presenters/chart-views';
import { cx } from '../lib/cx';
import { StatusBadge } from './status-badge';

export type FiguresTableProps = {
  caption: string;
  /** Header of the first column, which holds the row headers. */
  rowHeader: string;
  columns: FiguresTableColumn[];
  rows: FiguresTableRow[];
};

/** The exact figures behind a chart: a real table with caption and scoped headers, for reading aloud and copying. */
export function FiguresTable({ caption, rowHeader, columns, rows }: FiguresTableProps) {
  return (
    // A table wider than the screen (a phone, or many benchmark columns) scrolls inside this frame, not the page: a named
    // region that takes focus, so it can be reached and scrolled by keyboard. Its row headers stay in view (sticky).
    <div
      className="overflow-x-auto focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:outline-none print:overflow-visible"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold text-slate-900">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400 text-left">
            <th scope="col" className="sticky left-0 bg-white px-2 py-1.5 font-semibold">
              {rowHeader}
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cx('px-2 py-1.5 font-semibold', column.numeric && 'text-right')}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={cx('border-b border-slate-200', row.mark && 'bg-blue-50')}>
              <th scope="row" className={cx('sticky left-0 px-2 py-1.5 print:py-0.5 text-left font-medium whitespace-nowrap', row.mark ? 'bg-blue-50' : 'bg-white')}>
                {row.header}
                {row.mark && <span className="block text-xs font-normal text-blue-900">{row.mark}</span>}
              </th>
              {row.cells.map((cell, i) => (
                <td
                  key={columns[i]?.key ?? i}
                  className={cx('px-2 py-1.5 print:py-0.5', columns[i]?.wrap ? 'min-w-48' : 'whitespace-nowrap', columns[i]?.numeric && 'text-right tabular-nums')}
                >
                  {typeof cell === 'string' ? cell : <StatusBadge status={cell.status} label={cell.label} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
