import { StatusBadge } from '../../components/status-badge';
import type { PeriodModel } from '../../domain/dataset-model';
import { cx } from '../../lib/cx';
import type { SinceChoice } from '../../url/pack-search';
import type { SinceSlide } from './build-slides';
import { useSinceComparison } from './use-since-comparison';

export type SinceLastMeetingSlideProps = { slide: SinceSlide; periodModel: PeriodModel; choice: Exclude<SinceChoice, 'off'> };

/**
 * The opening slide of exceptions: status changes, new SPC signals and the biggest movers. Each change is one row
 * across the whole slide, so long measure titles stay on one line and the room can read them.
 */
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
    <div className="flex h-full flex-col gap-4 2xl:gap-6">
      <header>
        <p className="text-xl text-slate-700 2xl:text-3xl">{view.comparedWith}</p>
        <h1 className="text-4xl font-bold 2xl:text-6xl">{view.heading}</h1>
        <p className="mt-1 text-xl 2xl:text-3xl">{view.summary}</p>
      </header>
      {view.groups.map((group) => (
        <section key={group.id} aria-labelledby={`since-${group.id}`} className="border-t border-slate-300 pt-2">
          {/* An empty list takes one line, not two: the room is for the lists that have something. */}
          <div className="flex flex-wrap items-baseline gap-x-4">
            <h2 id={`since-${group.id}`} className="text-2xl font-semibold 2xl:text-4xl">
              {group.title}
            </h2>
            {group.items.length === 0 && <p className="text-xl 2xl:text-[1.75rem]">{group.emptyText}</p>}
          </div>
          {group.items.length > 0 && (
            <ul className="mt-1 flex flex-col gap-1 2xl:gap-2">
              {group.items.map((item) => (
                <li key={item.id} className="grid gap-x-6 text-xl md:grid-cols-[3fr_2fr] 2xl:text-[1.75rem] 2xl:leading-snug">
                  <span className="font-semibold">{item.heading}</span>
                  <span className={cx('flex flex-wrap items-center gap-2', item.tone)}>
                    {item.status && <StatusBadge status={item.status} size="lg" />}
                    <span>{item.text}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {group.hiddenCount > 0 && <p className="mt-1 text-lg 2xl:text-2xl">and {group.hiddenCount} more</p>}
        </section>
      ))}
    </div>
  );
}
