import { Link } from '@tanstack/react-router';
import type { HighlightView } from './build-overview-view';
import { StatusBadge } from '../../components/status-badge';

export type HighlightsPanelProps = { title: string; description: string; items: HighlightView[]; emptyText: string };

export function HighlightsPanel({ title, description, items, emptyText }: HighlightsPanelProps) {
  const headingId = `highlights-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-slate-700">{description}</p>
      {items.length === 0 ? (
        <p className="mt-3 text-sm">{emptyText}</p>
      ) : (
        <ol className="mt-3 space-y-2">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-t border-slate-200 pt-2 first:border-t-0 first:pt-0">
              <span className="min-w-0 flex-1">
                <Link to="/measure/$measureId" params={{ measureId: item.id }} search={(prev) => prev} className="link font-medium">
                  {item.heading}
                </Link>
                <span className="block text-sm text-slate-700">
                  <span className="font-semibold text-slate-900">{item.valueText}</span> · {item.detail}
                </span>
              </span>
              <StatusBadge status={item.status} label={item.statusLabel} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
