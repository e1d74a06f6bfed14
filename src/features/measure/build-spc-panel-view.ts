import type { XmrChartProps, XmrPoint } from '../../components/charts/xmr-chart';
import type { FiguresTableProps } from '../../components/figures-table';
import type { Dataset, Measure } from '../../domain/indicators';
import type { SpcResult } from '../../domain/spc/analyse-spc';
import type { Period } from '../../domain/period';
import { buildSpcView, type SpcChartPoint, type SpcIconsView } from '../../presenters/spc-view';
import { formatMonth, formatMonthRange } from '../../domain/calendar';
import { formatTarget, formatValue } from '../../presenters/format';
import { chooseValueAxis } from '../../presenters/choose-value-axis';
import { describeTarget, measureHeading, measureShortName } from '../../presenters/labels';
import { capitalise } from '../../presenters/words';
import { buildXmrSegments, describeMonthLimits, describeMonthNote, isSegmented, listSegmentLimits } from './build-spc-segment-parts';
import { selectMeasureEvents } from '../../domain/select-measure-events';
import { buildChartEvents, eventCellText } from '../../presenters/event-views';
import { describeChartSource } from '../../presenters/describe-chart-source';

/** The "Statistical process control" panel, finished: icons, chart, caption sentences and table, or why there are none. */
export type SpcPanelView =
  | {
      status: 'ok';
      /** Null while the latest segment is too short for limits (`segmentNote` says so). */
      icons: SpcIconsView | null;
      /** Which baseline or segment the limits and icons come from; null for a plain chart. */
      segmentNote: string | null;
      /** The caption: plain-English sentences on limits, signals, the latest month and the target. */
      explanations: string[];
      axisNote: string;
      chart: Omit<XmrChartProps, 'height'>;
      table: FiguresTableProps;
      /** "Show the 54 months as a table" */
      tableToggle: string;
      exportImage: { title: string; subtitle: string; asAt: string; source: string; fileName: string };
    }
  | {
      status: 'unavailable';
      /** "Not enough data for SPC (6 of 15 months)" */
      message: string;
      /** False when the data already is the synthetic demo, where a link to it would go nowhere new. */
      offerDemo: boolean;
    };

/** Where the demo with several years of monthly figures lives; `?data=` opens it in place of the bundled report. */
export const DEMO_DATA_URL = '/data/demo-synthetic.json';

const SIGNAL_WORDS: Record<SpcChartPoint['variation'], string> = {
  'common-cause': 'Common cause',
  improvement: 'Improvement',
  concern: 'Concern',
  neither: 'Unusual (neither better nor worse)',
};

/** Months after this many get a tick only each April, the start of the financial year; shorter series each quarter. */
const QUARTERLY_TICKS_UP_TO = 24;

/** SPC as it stood at the end of the period: a past quarter is judged on the months known then. */
export function buildSpcPanelView(
  measure: Measure,
  spcResult: SpcResult,
  period: Period,
  dataset: Pick<Dataset, 'authority' | 'title' | 'reportingPeriod' | 'synthetic' | 'events'>,
): SpcPanelView {
  const spc = buildSpcView(measure, spcResult);
  if (spc.status !== 'ok') return { status: 'unavailable', message: spc.message, offerDemo: dataset.synthetic !== true };
  const { chart } = spc;
  const value = (v: number) => formatValue(v, measure.unit);
  const first = chart.points[0]?.month ?? '';
  const last = chart.points.at(-1)?.month ?? '';
  const range = formatMonthRange(first, last);
  const segmented = isSegmented(chart);
  // A plain chart has one segment, with limits (fewer months than SPC needs give no chart at all).
  const only = chart.segments[0]?.limits;
  const twoSigma = only && !segmented ? [only.upperTwoSigma, only.lowerTwoSigma].filter((v) => v > only.lowerLimit && v < only.upperLimit) : [];
  const target = measure.target;
  const axis = chooseValueAxis({
    unit: measure.unit,
    values: chart.points.map((p) => p.value),
    references: [...listSegmentLimits(chart), target],
    fitToFigures: true,
  });
  const tickMonths = chooseTickMonths(chart.points.map((p) => p.month));
  const data: XmrPoint[] = chart.points.map((p) => ({
    key: p.month,
    tickLabel: tickMonths.has(p.month) ? p.monthLabel : null,
    tooltipLabel: p.monthLabel,
    value: p.value,
    valueText: p.valueText,
    signal: p.variation,
    signalText: p.signalText === null ? null : capitalise(p.signalText),
  }));
  const name = measureShortName(measure);
  const events = selectMeasureEvents(dataset.events, measure, chart.points.map((p) => p.month));

  const columns = [
    { key: 'value', header: 'Figure', numeric: true },
    ...(segmented ? [{ key: 'limits', header: 'Average (limits)' }] : []),
    { key: 'signal', header: 'Signal' },
    ...(segmented ? [{ key: 'note', header: 'Baseline or rebase' }] : []),
    ...(events.length > 0 ? [{ key: 'event', header: 'Events', wrap: true }] : []),
  ];

  return {
    status: 'ok',
    icons: spc.icons,
    segmentNote: chart.segmentNote,
    explanations: chart.explanations,
    axisNote: axis.note,
    chart: {
      data,
      ...(segmented ? { segments: buildXmrSegments(chart, true) } : {}),
      seriesName: 'Monthly figure',
      valueFormatter: (v) => formatTarget(v, measure.unit),
      axis: { domain: axis.domain, ticks: axis.ticks },
      lines: {
        // Segmented, each segment has its own values: the caption and the table give them.
        mean: { value: only?.mean ?? 0, label: segmented ? 'Average of each segment' : `Average ${only?.meanText ?? ''}` },
        upperLimit: only?.upperLimit ?? 0,
        lowerLimit: only?.lowerLimit ?? 0,
        limitsLabel: segmented ? 'Process limits of each segment' : `Process limits ${only?.lowerLimitText ?? ''} and ${only?.upperLimitText ?? ''}`,
        twoSigma: segmented
          ? { values: [], label: 'Warning lines (2 sigma)' }
          : twoSigma.length > 0
            ? { values: twoSigma, label: `Warning ${twoSigma.length === 1 ? 'line' : 'lines'} (2 sigma) ${twoSigma.map(value).reverse().join(' and ')}` }
            : null,
        target: target === null ? null : { value: target, label: describeTarget(measure) ?? '' },
      },
      events: events.length > 0 ? buildChartEvents(events, measure) : null,
    },
    table: {
      caption: `${name}: monthly figures and SPC signals, ${range}`,
      rowHeader: 'Month',
      columns,
      rows: chart.points.map((p, i) => {
        const signal = p.signalText === null ? SIGNAL_WORDS[p.variation] : `${SIGNAL_WORDS[p.variation]}: ${p.signalText}`;
        const eventCells = events.length > 0 ? [eventCellText(events, p.month) || '–'] : [];
        return {
          key: p.month,
          header: formatMonth(p.month),
          cells: [...(segmented ? [p.valueText, describeMonthLimits(chart, i), signal, describeMonthNote(chart, i)] : [p.valueText, signal]), ...eventCells],
        };
      }),
    },
    tableToggle: `Show the ${chart.points.length} months as a table`,
    exportImage: {
      title: measureHeading(measure),
      subtitle: `${dataset.authority.name} · Statistical process control, ${range}`,
      ...describeChartSource(dataset),
      fileName: `${measure.id}-spc-${period.key}`,
    },
  };
}

/** Each April on a long series, each quarter's first month on a short one; the first month too when too few fall. */
function chooseTickMonths(months: string[]): Set<string> {
  const quarterly = months.length <= QUARTERLY_TICKS_UP_TO;
  const ticks = months.filter((m) => (quarterly ? ['01', '04', '07', '10'] : ['04']).includes(m.slice(5)));
  if (ticks.length < 2 && months[0] !== undefined && !ticks.includes(months[0])) ticks.unshift(months[0]);
  return new Set(ticks);
}
