import type { DataCheckGroup } from './build-data-checks-view';

export type FindingsTableProps = { group: DataCheckGroup };

/** One kind of finding: a heading with its count and meaning, then a row per finding with the measure and period. */
export function FindingsTable({ group }: FindingsTableProps) {
  const headingId = `data-check-${group.kind}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-lg font-semibold">
        {group.label} <span className="font-normal text-slate-700">({group.rows.length})</span>
      </h2>
      <p className="text-sm text-slate-700">
        {group.severity === 'warning' ? 'Warning: ' : 'For information: '}
        {group.description}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{group.label}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">Measure</th>
              <th scope="col" className="py-1 pr-3">Section</th>
              <th scope="col" className="py-1 pr-3">Period</th>
              <th scope="col" className="py-1">Finding</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-200 align-top">
                <td className="py-1 pr-3">{row.measure}</td>
                <td className="py-1 pr-3">{row.section}</td>
                <td className="py-1 pr-3 whitespace-nowrap">{row.period}</td>
                <td className="py-1">
                  {row.message}
                  {row.quote && <q className="mt-1 block text-slate-700 italic">{row.quote}</q>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
