import { Link } from '@tanstack/react-router';
import type { Dataset } from '../domain/indicators';
import { formatDate } from '../presenters/format';

export type AppHeaderProps = { dataset: Dataset | undefined; loading: boolean };

export function AppHeader({ dataset, loading }: AppHeaderProps) {
  return (
    <header className="border-b border-slate-300 bg-white print:hidden">
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-3">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
          <Link to="/" search={(prev) => prev} className="text-lg font-semibold text-slate-900 no-underline hover:underline">
            CSC Performance Dashboard
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-4 text-sm">
              <li>
                <Link to="/" search={(prev) => prev} className="link" activeOptions={{ exact: true }} activeProps={{ 'aria-current': 'page' }}>
                  Overview
                </Link>
              </li>
              <li>
                <Link to="/data-checks" search={(prev) => ({ data: prev.data })} className="link" activeProps={{ 'aria-current': 'page' }}>
                  Data checks
                </Link>
              </li>
              {!dataset?.synthetic && (
                <li>
                  <Link to="/" search={{ data: '/data/demo-synthetic.json' }} className="link">
                    SPC demo (synthetic data)
                  </Link>
                </li>
              )}
              {!dataset?.synthetic && (
                <li>
                  <Link to="/" search={{ data: '/data/demo-benchmarks.json' }} className="link">
                    Benchmarks demo (synthetic data)
                  </Link>
                </li>
              )}
            </ul>
          </nav>
        </div>
        {/* Two lines are kept for the authority and date on a phone while the figures load, so the page does not jump down. */}
        {(dataset || loading) && (
          <p className="min-h-[2lh] text-sm text-slate-700 sm:min-h-0" aria-hidden={dataset ? undefined : true}>
            {dataset && (
              <>
                {/* <bdi>: the name comes from the data, and its direction must not carry over into "Data as at". */}
                <bdi className="font-medium">{dataset.authority.name}</bdi>
                <span aria-hidden="true"> · </span>
                <span className="whitespace-nowrap">Data as at {formatDate(dataset.reportingPeriod.asAt)}</span>
                {dataset.synthetic && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">Synthetic demo data</span>}
              </>
            )}
          </p>
        )}
      </div>
    </header>
  );
}
