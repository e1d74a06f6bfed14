import { DirectionIndicator } from '../../components/direction-indicator';
import { StatusBadge } from '../../components/status-badge';
import { STATUS_VARIANTS } from '../../presenters/variants';
import { cx } from '../../lib/cx';
import { VarianceText } from '../../components/variance-text';
import { BenchmarkLine } from '../../components/benchmark-line';
import type { HeadlineView } from './build-measure-view';

export type MeasureHeadlineProps = { headline: HeadlineView };

/** The tile's facts in large type: what a manager reads first in a meeting. */
export function MeasureHeadline({ headline }: MeasureHeadlineProps) {
  return (
    <section
      aria-label={`Headline for ${headline.periodLabel}`}
      className={cx('rounded-lg border border-l-8 border-slate-300 bg-white p-5 shadow-sm print:p-3', STATUS_VARIANTS[headline.status].accent)}
    >
      {/* One row on paper, as on a wide screen, so the charts start on the first page. */}
      <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2 xl:grid-cols-[auto_auto_1fr_1fr] print:grid-cols-[auto_auto_1fr_1fr] print:gap-y-1">
        <div>
          <dt className="text-sm font-semibold text-slate-700">Figure for {headline.periodLabel}</dt>
          <dd className="text-5xl font-bold tabular-nums">{headline.valueText}</dd>
          {headline.valueNote && <dd className="mt-1 max-w-xs text-sm text-slate-700">{headline.valueNote}</dd>}
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">Status</dt>
          <dd className="mt-2">
            <StatusBadge status={headline.status} size="lg" label={headline.statusLabel} />
          </dd>
          {headline.targetLabel && (
            <>
              <dt className="mt-3 text-sm font-semibold text-slate-700">{headline.targetLabel}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{headline.targetText}</dd>
              {headline.targetNote && <dd className="mt-1 max-w-xs text-sm text-slate-700">{headline.targetNote}</dd>}
            </>
          )}
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">Against target</dt>
          <VarianceText as="dd" variance={headline.variance} className="mt-1 text-lg font-medium" />
          {headline.benchmark && (
            <>
              <dt className="mt-3 text-sm font-semibold text-slate-700">Published benchmarks</dt>
              <dd className="mt-1">
                <BenchmarkLine benchmark={headline.benchmark} className="text-base" />
              </dd>
            </>
          )}
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">Direction of travel</dt>
          <dd className="mt-1 text-lg">
            <DirectionIndicator direction={headline.direction} />
          </dd>
          <dt className="mt-3 text-sm font-semibold text-slate-700">Same period last year</dt>
          <dd className="mt-1">
            <DirectionIndicator direction={headline.lastYear} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
