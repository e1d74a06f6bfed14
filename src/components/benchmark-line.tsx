import { Fragment } from 'react';
import type { BenchmarkLineView } from '../presenters/describe-benchmarks';
import { cx } from '../lib/cx';

export type BenchmarkLineProps = {
  benchmark: BenchmarkLineView;
  /** "stack": one comparison a line, figures aligned (a tile, the headline); "inline": one line (a slide). */
  layout?: 'stack' | 'inline';
  size?: 'sm' | 'lg' | 'room';
  className?: string;
};

/**
 * The published benchmarks beside a figure, always with their year ("Benchmarks 2022/23"), each comparison with its
 * figure, then the rank among all authorities and the quartile band in words (A is the best quarter), never colour.
 */
export function BenchmarkLine({ benchmark, layout = 'stack', size = 'sm', className }: BenchmarkLineProps) {
  const large = size === 'lg';
  const heading = <span className="font-semibold">Benchmarks {benchmark.year}:</span>;
  return (
    <div className={cx('text-slate-800', size === 'room' ? 'slide-text-28' : large ? 'text-xl' : 'text-sm', className)} data-testid="benchmark-line">
      {layout === 'stack' ? (
        <>
          <p>{heading}</p>
          <dl className="grid grid-cols-[1fr_auto] gap-x-3">
            {benchmark.items.map((item) => (
              <Fragment key={item.label}>
                <dt>{item.label}</dt>
                <dd className="text-right font-semibold tabular-nums">{item.text}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      ) : (
        <p>
          {heading}{' '}
          {benchmark.items.map((item, i) => (
            <Fragment key={item.label}>
              {i > 0 && ' · '}
              <span className="whitespace-nowrap">
                {item.label} <span className="font-semibold tabular-nums">{item.text}</span>
              </span>
            </Fragment>
          ))}
        </p>
      )}
      {benchmark.rankText && (
        <p>
          <span className="whitespace-nowrap">{benchmark.rankText}</span>
          {benchmark.band && (
            <>
              {' · '}
              <span
                className={cx('rounded border border-slate-500 bg-slate-50 font-semibold whitespace-nowrap', large ? 'px-2' : 'px-1')}
                title="Quartile band: A is the best quarter of authorities, D the worst"
              >
                quartile band {benchmark.band}
              </span>
              <span className="sr-only"> (A is the best quarter)</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
