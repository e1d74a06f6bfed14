import { Link } from '@tanstack/react-router';
import type { DataCheckMeasureGroup } from './build-data-checks-view';

export type FindingsListProps = { group: DataCheckMeasureGroup };

/**
 * One measure's findings: its code and name once as a heading, then each finding as a list item (which reads as well
 * on a phone as on a laptop) with its kind, period, words and a link to the measure at that period.
 */
export function FindingsList({ group }: FindingsListProps) {
  const headingId = `data-check-${group.key}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-4 print:break-inside-avoid">
      <h2 id={headingId} className="text-lg font-semibold break-words">
        {group.heading} <span className="font-normal text-slate-700">({group.rows.length})</span>
      </h2>
      {group.section && <p className="text-sm text-slate-700">{group.section}</p>}
      <ul className="mt-2 divide-y divide-slate-200">
        {group.rows.map((row) => (
          <li key={row.key} className="py-2 break-words">
            <p className="text-sm font-medium text-slate-800">
              {row.kindText} · {row.period}
            </p>
            <p>{row.message}</p>
            {row.quote && <q className="mt-1 block text-slate-700 italic">{row.quote}</q>}
            {row.link && (
              <Link
                to="/measure/$measureId"
                params={{ measureId: row.link.measureId }}
                search={(prev) => ({ data: prev.data, period: row.link?.period })}
                className="link mt-1 inline-block text-sm"
              >
                {row.link.text}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
