import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { LazyAnnualBarChart, LazyTrendLineChart } from '../../components/lazy-charts';
import { TextBlocks } from '../../components/text-blocks';
import { IgnoredPeriodNotice } from '../../components/ignored-period-notice';
import { NoFiguresYet } from '../../components/no-figures-yet';
import { useMeasurePage } from './use-measure-page';
import { FigurePanel } from '../../components/figure-panel';
import { MeasureHeadline } from './measure-headline';
import { MeasureNotFound } from './measure-not-found';
import { MeasureToolbar } from './measure-toolbar';
import { CopyLinkButton } from '../../components/copy-link-button';
import { DraftCommentaryPanel } from '../../components/draft-commentary-panel';
import { PresentLink } from '../../components/present-link';
import { RelatedMeasures } from './related-measures';
import { SpcPanel } from './spc-panel';
import { FamilyPanel } from './family-panel';
import { TextPanel } from './text-panel';
import { BenchmarkSources } from '../../components/benchmark-sources';
import { EventsList } from '../../components/events-list';
import { DraftEventPanel } from './draft-event-panel';
import { usePrintPageHeader } from '../../lib/use-print-page-header';
import { describeChartSource } from '../../presenters/describe-chart-source';

export type MeasurePageProps = { measureId: string };

/** One measure in full: headline, month by month, year by year, what it means and what the analysts say. */
export function MeasurePage({ measureId }: MeasurePageProps) {
  const state = useMeasurePage(measureId);
  usePrintPageHeader(state.kind === 'ready' ? `${state.dataset.authority.name} · ${state.dataset.title}` : '', state.kind === 'ready' ? state.view.period.label : '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownId = useRef(measureId);

  // Moving to another measure (link or shortcut) keeps this page mounted: put focus on the new title so screen
  // readers announce it and Tab starts from the top, as after a page load.
  useEffect(() => {
    if (shownId.current === measureId) return;
    shownId.current = measureId;
    headingRef.current?.focus();
  }, [measureId]);

  if (state.kind === 'not-found') return <MeasureNotFound measureId={measureId} />;
  if (state.kind === 'no-figures') return <NoFiguresYet heading={state.heading} />;
  const { view, dataset, changePeriod } = state;
  const { monthly, annual } = view;
  const chartSource = describeChartSource(dataset);

  return (
    <div className="mx-auto flex max-w-[1800px] flex-col gap-4 p-4 print:gap-2 print:p-0">
      <div>
        <div className="flex flex-wrap items-center justify-between gap-2" data-print="hide">
          <Link to="/" search={(prev) => prev} className="link text-sm">
            ← Back to the overview
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            <CopyLinkButton />
            <PresentLink measureId={view.id} />
          </div>
        </div>
        <p className="mt-2 text-sm text-slate-700">
          {view.areaName} · {view.sectionTitle}
        </p>
        <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
          {view.heading}
        </h1>
        <p className="text-slate-700">{view.characteristics}</p>
        {view.ignoredPeriodKey && <IgnoredPeriodNotice periodKey={view.ignoredPeriodKey} shownLabel={view.period.label} />}
      </div>

      <MeasureToolbar view={view} onPeriodChange={changePeriod} />
      <MeasureHeadline headline={view.headline} />
      {/* On paper the related measures and SPC follow the two charts, so that headline and charts share the first page. */}
      {view.family && (
        <div className="print:order-1">
          <FamilyPanel family={view.family} />
        </div>
      )}

      <div className="flex flex-col gap-4 print:grid print:grid-cols-2 print:gap-3">
        <FigurePanel
          id="monthly-figures"
          view={monthly}
          exportImage={{
            title: view.heading,
            subtitle: `${dataset.authority.name} · ${monthly.heading} · ${view.period.label} highlighted`,
            ...chartSource,
            fileName: `${view.id}-monthly-${view.period.key}`,
          }}
          chart={
            <LazyTrendLineChart
              data={monthly.points}
              seriesName="Monthly figure"
              valueFormatter={monthly.valueFormatter}
              axis={monthly.axis}
              references={monthly.references}
              highlight={monthly.highlight}
              referencePath={monthly.referencePath}
              events={monthly.events}
            />
          }
        />
        <FigurePanel
          id="annual-trend"
          view={annual}
          exportImage={{
            title: view.heading,
            subtitle: `${dataset.authority.name} · ${annual.heading}`,
            ...chartSource,
            fileName: `${view.id}-annual`,
          }}
          chart={
            <LazyAnnualBarChart
              data={annual.points}
              seriesName="Annual figure"
              valueFormatter={annual.valueFormatter}
              axis={annual.axis}
              references={annual.references}
              partialLabel={annual.partialLabel}
              lines={annual.lines}
              events={annual.events}
            />
          }
          footer={annual.benchmarkSources.length > 0 ? <BenchmarkSources sources={annual.benchmarkSources} /> : null}
        />
      </div>
      <div className="print:order-1">
        <SpcPanel view={view.spc} />
      </div>

      {/* The words follow in two columns on paper. */}
      <div className="flex flex-col gap-4 print:order-2 print:block print:columns-2 print:gap-4 print:text-[10px]">
        <div className="grid gap-4 lg:grid-cols-2 xl:grid-cols-3 print:contents">
          <TextPanel id="definition" title="Definition">
            {view.definition.length > 0 ? <TextBlocks blocks={view.definition} /> : <p>The report gives no definition for this section.</p>}
          </TextPanel>
          <TextPanel id="analysis" title="Performance analysis">
            {view.analysis.length > 0 ? <TextBlocks blocks={view.analysis} /> : <p>The report gives no analysis for this section.</p>}
          </TextPanel>
          <TextPanel id="events" title="Events">
            {view.events.length > 0 ? (
              <>
                <p className="mb-3 text-sm text-slate-700">What happened, numbered as the markers on the charts.</p>
                <EventsList events={view.events} />
              </>
            ) : (
              <p>No events are recorded for this measure.</p>
            )}
            {/* A form: for the screen only. */}
            <div data-print="hide">
              <DraftEventPanel measure={view.eventScope} measureName={view.eventScope.name} areaName={view.areaName} />
            </div>
          </TextPanel>
        </div>
        {/* Apart from the analysts' words on purpose: a draft from the figures, never mixed into their analysis, and
            left off paper: a committee pack carries only words someone has checked. */}
        <div data-print="hide">
          <DraftCommentaryPanel sentences={view.draft.sentences} subject={view.draft.subject} />
        </div>

        {view.summary && (
          <TextPanel id="performance-summary" title="Performance Summary">
            {/* Each paragraph its own, as the report prints them: the refusals paragraph follows Health and Dental Reviews. */}
            {view.summary.paragraphs.map((paragraph, i) => (
              <p key={i} className="mt-3 leading-relaxed first:mt-0 print:mt-1.5 print:leading-snug">
                {i === 0 && <strong>{view.summary?.topic}: </strong>}
                {paragraph}
              </p>
            ))}
          </TextPanel>
        )}

        {(view.notes.length > 0 || view.sourceIssues.length > 0) && (
          <TextPanel id="notes" title="Notes on the figures">
            {view.notes.length > 0 && <TextBlocks blocks={[{ type: 'list', items: view.notes }]} />}
            {view.sourceIssues.length > 0 && (
              <>
                <h3 className="mt-4 mb-2 font-semibold">Known issues in the source report</h3>
                <TextBlocks blocks={[{ type: 'list', items: view.sourceIssues }]} />
              </>
            )}
          </TextPanel>
        )}
      </div>

      {/* Links to other measures are for the screen; on paper the pack is this measure. */}
      <div data-print="hide">
        <RelatedMeasures sectionTitle={view.sectionTitle} tiles={view.related} />
      </div>
    </div>
  );
}
