import type { OverviewView } from './build-overview-view';
import type { StatusFilter } from '../../url/dashboard-search';
import { STATUS_VARIANTS } from '../../presenters/variants';
import { StatusIcon } from '../../components/status-icon';
import { cx } from '../../lib/cx';

export type SummaryStripProps = { counts: OverviewView['statusCounts']; onToggle: (filter: StatusFilter) => void };

/** How many measures are on, near and off target; each count is a toggle that filters the grid. */
export function SummaryStrip({ counts, onToggle }: SummaryStripProps) {
  const visible = counts.filter((c) => c.status !== 'no-data' || c.count > 0);
  return (
    <section aria-label="Status summary" className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-5">
      {visible.map(({ filter, status, count, selected }) => {
        const variant = STATUS_VARIANTS[status];
        return (
          <button
            key={filter}
            type="button"
            aria-pressed={selected}
            data-print="keep"
            onClick={() => onToggle(filter)}
            className={cx(
              'flex items-center gap-3 rounded-lg px-4 py-3 text-left ring-1 ring-inset',
              variant.badge,
              selected ? 'ring-4' : 'hover:ring-2',
            )}
          >
            <StatusIcon icon={variant.icon} className="size-6 shrink-0" />
            <span className="flex flex-col">
              <span className="text-2xl font-bold tabular-nums">{count}</span>
              <span className="text-sm font-semibold">
                {variant.label}
              </span>
            </span>
          </button>
        );
      })}
    </section>
  );
}
