import { Fragment } from 'react';
import type { BenchmarkLineView } from '../presenters/describe-benchmarks';
import { cx } from '../lib/cx';

export type BenchmarkLineProps = { benchmark: BenchmarkLineView; size?: 'sm' | 'lg'; className?: string };

/**
 * The published benchmarks beside a figure, always with their year: "Benchmarks 2022/23: England 21.6% · Neighbours
 * 19.9%", then the rank among all authorities and the quartile band in words (A is the best quarter), never colour.
 * Each label stays on one line with its figure.
 */
export function BenchmarkLine({ benchmark, size = 'sm', className }: BenchmarkLineProps) {
  const large = size === 'lg';
  return (
    <div className={cx('text-slate-800', large ? 'text-xl' : 'text-sm', className)} data-testid="benchmark-line">
      <p>
        <span className="font-semibold">Benchmarks {benchmark.year}:</span>{' '}
        {benchmark.items.map((item, i) => (
          <Fragment key={item.label}>
            {i > 0 && ' · '}
            <span className="whitespace-nowrap">
              {item.label} <span className="font-semibold tabular-nums">{item.text}</span>
            </span>
          </Fragment>
        ))}
      </p>
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
