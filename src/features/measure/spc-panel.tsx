import { Link } from '@tanstack/react-router';
import { ChartExportButtons } from '../../components/chart-export-buttons';
import { FiguresTable } from '../../components/figures-table';
import { LazyXmrChart } from '../../components/lazy-charts';
import { AssuranceIcon, VariationIcon } from '../../components/spc-icons';
import { DEMO_DATA_URL, type SpcPanelView } from './build-spc-panel-view';

export type SpcPanelProps = { view: SpcPanelView };

const HEADING_ID = 'spc';

/**
 * Signal or noise: the measure's months on an XmR chart, with the icons and their words, the explanation as the
 * figure's caption, and every month in a table. Too few months give the reason and a way to see the demo instead.
 */
export function SpcPanel({ view }: SpcPanelProps) {
  const ok = view.status === 'ok';
  return (
    <section aria-labelledby={HEADING_ID} className="rounded-lg border border-slate-300 bg-white p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={HEADING_ID} className="text-xl font-semibold">
          Statistical process control
        </h2>
        {ok && <ChartExportButtons chart={<LazyXmrChart {...view.chart} />} {...view.exportImage} />}
      </div>
      {ok ? (
        <>
          <p className="mt-1 max-w-4xl text-sm text-slate-700">
            Is a change a real signal or ordinary month-to-month variation? Months outside the process limits, or unusual
            runs, are signals; the rest is noise.
          </p>
          {view.icons && (
            <ul aria-label="SPC summary" className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
              <li className="flex items-center gap-2">
                <span aria-hidden="true">
                  <VariationIcon variation={view.icons.variation} className="size-9" />
                </span>
                <span>{view.icons.variation.label}</span>
              </li>
              {view.icons.assurance && (
                <li className="flex items-center gap-2">
                  <span aria-hidden="true">
                    <AssuranceIcon assurance={view.icons.assurance} className="size-9" />
                  </span>
                  <span>{view.icons.assurance.label}</span>
                </li>
              )}
            </ul>
          )}
          {view.segmentNote && <p className="mt-2 max-w-4xl font-medium">{view.segmentNote}</p>}
          <figure className="mt-4 min-w-0">
            <figcaption className="mb-3">
              <ul className="flex max-w-5xl list-disc flex-col gap-1 pl-5">
                {view.explanations.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
              <span className="mt-1 block text-sm text-slate-700">{view.axisNote}.</span>
            </figcaption>
            <LazyXmrChart {...view.chart} />
          </figure>
          <details className="mt-4 max-w-4xl">
            <summary className="cursor-pointer font-medium text-blue-800 underline">{view.tableToggle}</summary>
            <div className="mt-2">
              <FiguresTable {...view.table} />
            </div>
          </details>
        </>
      ) : (
        <>
          <p className="mt-2">{view.message}</p>
          {view.offerDemo && (
            <p className="mt-1 text-sm text-slate-700">
              <Link to="/" search={{ data: DEMO_DATA_URL }} className="link">
                See SPC charts on the synthetic demo data
              </Link>{' '}
              (made-up figures, April 2019 to September 2023).
            </p>
          )}
        </>
      )}
    </section>
  );
}
