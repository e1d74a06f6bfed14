import { useEffect, useRef } from 'react';
import { KpiTile } from '../../components/kpi-tile';
import { IgnoredPeriodNotice } from '../../components/ignored-period-notice';
import { NoFiguresYet } from '../../components/no-figures-yet';
import { PresentLink } from '../../components/present-link';
import { isSparklineChartLoaded, loadSparklineChart } from '../../components/lazy-sparkline';
import { usePrintPageHeader } from '../../lib/use-print-page-header';
import { usePrintShortcut } from '../../lib/use-print-shortcut';
import { STATUS_VARIANTS } from '../../presenters/variants';
import { MOVERS_RANKING } from '../../presenters/describe-movement';
import type { OverviewView } from './build-overview-view';
import { ExportCsvButton } from './export-csv-button';
import { FilterBar } from './filter-bar';
import { HighlightsPanel } from './highlights-panel';
import { MakePackLink } from './make-pack-link';
import { ReportDraft } from './report-draft';
import { SummaryStrip } from './summary-strip';
import { useOverview } from './use-overview';

export function OverviewPage() {
  const { dataset, periodModel, view, update, updateQuery, toggleStatus, clearFilters, expandArea } = useOverview();
  const revealed = useRef<{ area: string; index: number } | null>(null);
  usePrintShortcut(isSparklineChartLoaded, loadSparklineChart);
  useEffect(() => {
    // "Show all" puts the keyboard on the first tile it revealed, so nobody has to tab back through the area.
    const target = revealed.current;
    if (!target) return;
    revealed.current = null;
    const section = document.getElementById(`area-${target.area}`)?.closest('section');
    section?.querySelectorAll<HTMLElement>('article a')[target.index]?.focus();
  });
  usePrintPageHeader(`${dataset.authority.name} · ${dataset.title}`, view?.period.label ?? '');

  if (!view || !periodModel) return <NoFiguresYet heading={dataset.title} />;

  const reporting = dataset.reportingPeriod;
  return (
    <div className="mx-auto flex max-w-[1800px] flex-col gap-4 p-4">
      <div>
        <h1 className="text-2xl font-semibold">{dataset.title}</h1>
        <p className="text-slate-700">
          {reporting.quarter ? `Q${reporting.quarter} ` : ''}
          {reporting.financialYear} report · Showing <strong className="text-slate-900">{view.period.label}</strong>
        </p>
        {view.ignoredPeriodKey && <IgnoredPeriodNotice periodKey={view.ignoredPeriodKey} shownLabel={view.period.label} />}
      </div>

      <p className="hidden text-sm print:block">{describeFilters(view)}</p>
      <FilterBar
        view={view}
        onChange={update}
        onQueryChange={updateQuery}
        actions={
          <>
            <ExportCsvButton dataset={dataset} period={view.period} summaries={view.shownSummaries} />
            <PresentLink />
            <MakePackLink measureIds={view.shownIds} />
          </>
        }
      />
      <SummaryStrip counts={view.statusCounts} onToggle={toggleStatus} />

      <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-2">
        <HighlightsPanel
          title="Needs attention"
          description={`Furthest from target in ${view.period.label}, worst first.`}
          items={view.needsAttention}
          emptyText={view.shownTiles === 0 ? NOTHING_MATCHES : 'Every measure with a target is on target.'}
        />
        <HighlightsPanel
          title="Biggest movers"
          description={MOVERS_RANKING}
          items={view.biggestMovers}
          emptyText={view.shownTiles === 0 ? NOTHING_MATCHES : 'No measure can be compared with the previous period.'}
        />
      </div>

      <ReportDraft periodModel={periodModel} areaIds={view.areas.filter((a) => a.selected).map((a) => a.id)} />

      <p role="status" className="text-sm text-slate-700">
        Showing {view.shownCount} of {view.totalCount} measures
        {view.shownTiles < view.shownCount && ` in ${view.shownTiles} tiles (related measures, such as a monthly figure and its year to date, share one)`}
      </p>

      {view.groups.length === 0 ? (
        <section className="rounded-lg border border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">No measures match these filters</h2>
          <p className="mt-1">Try another search or status, or clear the filters to see every measure.</p>
          <button type="button" className="btn mt-4" onClick={clearFilters}>
            Clear filters
          </button>
        </section>
      ) : (
        view.groups.map((group) => (
          // Areas off screen are not laid out until scrolled near (content-visibility), which matters most for the
          // first paint of the published page on a phone, where only the first area's first tiles are in view. On
          // paper the areas flow on from one to the next (their headings kept with their tiles), not a page each.
          <section
            key={group.id}
            aria-labelledby={`area-${group.id}`}
            className="[contain-intrinsic-size:auto_60rem] [content-visibility:auto] print:[content-visibility:visible]"
          >
            <h2 id={`area-${group.id}`} className="mb-2 text-xl font-semibold">
              {group.name} <span className="text-base font-normal text-slate-600">({group.count})</span>
            </h2>
            <div className="grid grid-cols-[repeat(auto-fill,minmax(17rem,1fr))] gap-4 print:grid-cols-5 print:gap-2">
              {group.tiles.map(({ tile, matchText }) => (
                <KpiTile key={tile.id} tile={tile} matchText={matchText} />
              ))}
            </div>
            {group.count > group.tiles.length && (
              <button
                type="button"
                className="btn mt-3 print:hidden"
                onClick={() => {
                  expandArea(group.id);
                  revealed.current = { area: group.id, index: group.tiles.length };
                }}
              >
                Show all {group.count} measures in {group.name}
              </button>
            )}
          </section>
        ))
      )}
    </div>
  );
}

// An empty selection says so, rather than "every measure is on target" about no measures at all.
const NOTHING_MATCHES = 'No measures match these filters.';

/** On paper the filter controls are gone, so say in words what the pack covers. */
function describeFilters(view: OverviewView): string {
  const areas = view.areas.filter((a) => a.selected).map((a) => a.name);
  const statuses = view.statusCounts.filter((s) => s.selected).map((s) => STATUS_VARIANTS[s.status].label);
  const parts = [
    areas.length ? `Service areas: ${areas.join(', ')}` : 'All service areas',
    statuses.length ? `Status: ${statuses.join(', ')}` : null,
    view.query ? `Search: “${view.query}”` : null,
    `${view.shownCount} of ${view.totalCount} measures`,
  ];
  return parts.filter(Boolean).join(' · ');
}
