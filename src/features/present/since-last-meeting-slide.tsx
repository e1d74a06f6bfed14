import { StatusBadge } from '../../components/status-badge';
import type { PeriodModel } from '../../domain/dataset-model';
import { cx } from '../../lib/cx';
import type { SinceChoice } from '../../url/pack-search';
import type { SinceSlide } from './build-slides';
import { useSinceComparison } from './use-since-comparison';

export type SinceLastMeetingSlideProps = { slide: SinceSlide; periodModel: PeriodModel; choice: Exclude<SinceChoice, 'off'> };

/** The opening slide of exceptions: status changes, new SPC signals and the biggest movers, side by side. */
export function SinceLastMeetingSlide({ slide, periodModel, choice }: SinceLastMeetingSlideProps) {
  const comparison = useSinceComparison(choice, periodModel, slide.measureIds);
  if (comparison.state !== 'ready') {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-4xl font-bold 2xl:text-6xl">Since last meeting</h1>
        <p className="text-2xl 2xl:text-3xl">{comparison.state === 'loading' ? 'Reading the figures to compare with…' : comparison.message}</p>
      </div>
    );
  }
  const { view } = comparison;
  return (
    <div className="flex h-full flex-col gap-6">
      <header>
        <p className="text-xl text-slate-700 2xl:text-3xl">{view.comparedWith}</p>
        <h1 className="text-4xl font-bold 2xl:text-6xl">{view.heading}</h1>
        <p className="mt-2 text-xl 2xl:text-3xl">{view.summary}</p>
      </header>
      <div className="grid min-h-0 flex-1 gap-6 lg:grid-cols-3">
        {view.groups.map((group) => (
          <section key={group.id} aria-labelledby={`since-${group.id}`} className="rounded-lg border border-slate-300 p-4 2xl:p-6">
            <h2 id={`since-${group.id}`} className="text-2xl font-semibold 2xl:text-4xl">
              {group.title}
            </h2>
            {group.items.length === 0 ? (
              <p className="mt-3 text-xl 2xl:text-3xl">{group.emptyText}</p>
            ) : (
              <ul className="mt-3 flex flex-col gap-4">
                {group.items.map((item) => (
                  <li key={item.id}>
                    <p className="text-xl font-semibold 2xl:text-3xl">{item.heading}</p>
                    <p className={cx('mt-1 flex flex-wrap items-center gap-2 text-lg 2xl:text-[1.75rem] 2xl:leading-snug', item.tone)}>
                      {item.status && <StatusBadge status={item.status} size="lg" />}
                      <span>{item.text}</span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {group.hiddenCount > 0 && <p className="mt-3 text-lg 2xl:text-2xl">and {group.hiddenCount} more</p>}
          </section>
        ))}
      </div>
    </div>
  );
}
