import type { BenchmarkSourceView } from '../presenters/benchmark-figures';

export type BenchmarkSourcesProps = { sources: BenchmarkSourceView[] };

/** Where the benchmarks come from: each publication by name, with its date and a link (text from the file, never markup). */
export function BenchmarkSources({ sources }: BenchmarkSourcesProps) {
  return (
    <div className="mt-4 border-t border-slate-200 pt-3 text-sm text-slate-700">
      <p className="font-semibold text-slate-800">Benchmark sources</p>
      <ul className="mt-1 list-disc pl-5">
        {sources.map((source) => (
          <li key={`${source.name}|${source.url}`}>
            <a className="link" href={source.url} rel="noopener noreferrer" target="_blank">
              {source.name}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
            , published {source.published}
          </li>
        ))}
      </ul>
    </div>
  );
}
