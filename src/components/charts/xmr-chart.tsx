import type { ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { CHART_COLOURS, indexAxisProps, valueAxisProps } from './chart-types';
import type { ChartAxis } from '../../presenters/chart-views';
import type { ChartEventsView } from '../../presenters/event-views';
import { EVENT_BADGE_SPACE, EventKeyItems, EventMarkers } from './event-markers';

/** How a month reads on an XmR chart: ordinary variation, or a special cause that is good, bad or neither. */
export type XmrSignal = 'common-cause' | 'improvement' | 'concern' | 'neither';

export type XmrPoint = {
  /** "2023-08", also the React key. */
  key: string;
  /** Axis label for the months that get a tick ("Apr 2023"); null for the others. */
  tickLabel: string | null;
  /** "Aug 2023" */
  tooltipLabel: string;
  value: number;
  valueText: string;
  signal: XmrSignal;
  /** The rules that fired, in words ("Beyond a process limit; part of a shift"); null for common cause. */
  signalText: string | null;
};

export type XmrLine = { value: number; label: string };

export type XmrLines = {
  mean: XmrLine;
  upperLimit: number;
  lowerLimit: number;
  /** Legend text for both limits: "Process limits 74.4% and 92.6%". */
  limitsLabel: string;
  /** The 2-sigma lines that fall inside the drawn limits, with one legend text; null to leave them out. */
  twoSigma: { values: number[]; label: string } | null;
  target: XmrLine | null;
};

/**
 * A stretch of the chart between rebases, with its own mean and limits. Given, these replace the single mean, limits
 * and 2-sigma lines of `lines` (whose labels then name the lines of every segment).
 */
export type XmrSegment = {
  /** Indices into `data`, inclusive. */
  start: number;
  end: number;
  /** Null: too few months for limits, so the months are drawn alone. */
  limits: { mean: number; upper: number; lower: number; twoSigma: number[] } | null;
  /** Visible label of the mark where the segment starts ("Rebased Apr 2022: new front door"); null for the first. */
  startLabel: string | null;
  /** The last month of a fixed baseline (index into `data`) and its label; null when there is none. */
  baselineEnd: { index: number; label: string } | null;
};

export type XmrChartProps = {
  data: XmrPoint[];
  segments?: XmrSegment[];
  /** Names the line in the legend and tooltip ("Monthly figure"). */
  seriesName: string;
  valueFormatter: (value: number) => string;
  axis: ChartAxis;
  lines: XmrLines;
  /** Events in the charted months: numbered markers at their months, and their key under the chart. */
  events?: ChartEventsView | null;
  height?: number;
};

const COLOURS = {
  series: CHART_COLOURS.xmrSeries,
  mean: CHART_COLOURS.xmrMean,
  limit: CHART_COLOURS.xmrLimit,
  twoSigma: CHART_COLOURS.xmrTwoSigma,
  target: CHART_COLOURS.target,
  improvement: CHART_COLOURS.improvement,
  concern: CHART_COLOURS.concern,
  neither: CHART_COLOURS.neither,
} as const;
const DASH = { limit: '6 4', twoSigma: '1 4', target: '12 4 2 4', baselineEnd: '3 3' } as const;
const REBASE_COLOUR = '#7c2d12';

const SIGNAL_LEGEND: Record<Exclude<XmrSignal, 'common-cause'>, string> = {
  improvement: 'Special cause: improvement',
  concern: 'Special cause: concern',
  neither: 'Special cause: neither better nor worse',
};

/**
 * An XmR (process behaviour) chart over every month of the series, across financial years: the average solid, the
 * process limits dashed, the 2-sigma lines dotted and light. Special-cause months differ by shape as well as colour
 * (large circle: improvement, triangle: concern, hollow square: neither), as the SPC icons do. Hidden from assistive
 * technology like TrendLineChart: the caption and the table beside it say everything the drawing shows.
 */
export function XmrChart({ data, segments, seriesName, valueFormatter, axis, lines, events = null, height = 340 }: XmrChartProps) {
  const indexed = data.map((point, x) => ({ ...point, x }));
  const ticks = indexed.filter((point) => point.tickLabel !== null).map((point) => point.x);
  const signals = (Object.keys(SIGNAL_LEGEND) as (keyof typeof SIGNAL_LEGEND)[]).filter((kind) => data.some((p) => p.signal === kind));
  const limit = { stroke: COLOURS.limit, strokeWidth: 1.5, strokeDasharray: DASH.limit };
  return (
    <div>
      <div aria-hidden="true" style={{ height }} className="w-full">
        <LineChart responsive data={indexed} style={{ width: '100%', height }} margin={{ top: events?.markers.length ? 12 + EVENT_BADGE_SPACE : 12, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false} tabIndex={-1}>
          <CartesianGrid stroke={CHART_COLOURS.grid} />
          <XAxis {...indexAxisProps(data.length, ticks, (x) => data[x]?.tickLabel ?? '')} />
          <YAxis {...valueAxisProps(axis, valueFormatter)} />
          {segments ? (
            segments.map((segment) => <SegmentLines key={segment.start} segment={segment} showTwoSigma={lines.twoSigma !== null} count={data.length} />)
          ) : (
            <>
              {lines.twoSigma?.values.map((value) => (
                <ReferenceLine key={`two-sigma-${value}`} className="xmr-two-sigma" y={value} stroke={COLOURS.twoSigma} strokeWidth={1.5} strokeDasharray={DASH.twoSigma} />
              ))}
              <ReferenceLine className="xmr-limit" y={lines.upperLimit} {...limit} />
              <ReferenceLine className="xmr-limit" y={lines.lowerLimit} {...limit} />
              <ReferenceLine className="xmr-mean" y={lines.mean.value} stroke={COLOURS.mean} strokeWidth={2} />
            </>
          )}
          {lines.target && (
            <ReferenceLine className="xmr-target" y={lines.target.value} stroke={COLOURS.target} strokeWidth={2} strokeDasharray={DASH.target} />
          )}
          {events && EventMarkers({ markers: events.markers, xOf: (key) => { const x = data.findIndex((p) => p.key === key); return x < 0 ? null : x; } })}
          <Tooltip content={(props) => <XmrTooltip active={props.active} payload={props.payload} seriesName={seriesName} />} />
          <Line
            type="linear"
            dataKey="value"
            name={seriesName}
            stroke={COLOURS.series}
            strokeWidth={1.75}
            dot={(props: DotItemDotProps) => <XmrDot key={props.index} {...props} />}
            activeDot={{ r: 7, fill: COLOURS.series, stroke: '#ffffff', strokeWidth: 2 }}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-800">
        <LegendItem label={seriesName}>
          <line x1="0" y1="7" x2="28" y2="7" stroke={COLOURS.series} strokeWidth="2" />
          <Mark signal="common-cause" x={14} y={7} />
        </LegendItem>
        <LegendItem label={lines.mean.label}>
          <line x1="0" y1="7" x2="28" y2="7" stroke={COLOURS.mean} strokeWidth="2" />
        </LegendItem>
        <LegendItem label={lines.limitsLabel}>
          <line x1="0" y1="7" x2="28" y2="7" stroke={COLOURS.limit} strokeWidth="2" strokeDasharray={DASH.limit} />
        </LegendItem>
        {lines.twoSigma && (
          <LegendItem label={lines.twoSigma.label}>
            <line x1="0" y1="7" x2="28" y2="7" stroke={COLOURS.twoSigma} strokeWidth="2" strokeDasharray={DASH.twoSigma} />
          </LegendItem>
        )}
        {lines.target && (
          <LegendItem label={lines.target.label}>
            <line x1="0" y1="7" x2="28" y2="7" stroke={COLOURS.target} strokeWidth="2" strokeDasharray={DASH.target} />
          </LegendItem>
        )}
        {segments?.some((segment) => segment.startLabel !== null) && (
          <LegendItem label="Rebase: limits recalculated from here">
            <line x1="14" y1="0" x2="14" y2="14" stroke={REBASE_COLOUR} strokeWidth="2.5" />
          </LegendItem>
        )}
        {segments?.some((segment) => segment.baselineEnd !== null) && (
          <LegendItem label="End of the baseline the limits are fixed on">
            <line x1="14" y1="0" x2="14" y2="14" stroke={COLOURS.limit} strokeWidth="1.5" strokeDasharray={DASH.baselineEnd} />
          </LegendItem>
        )}
        {signals.map((signal) => (
          <LegendItem key={signal} label={SIGNAL_LEGEND[signal]}>
            <Mark signal={signal} x={14} y={7} />
          </LegendItem>
        ))}
        {EventKeyItems({ events: events?.key ?? [] })}
      </ul>
    </div>
  );
}

/**
 * One segment's mean and limits, drawn only across its own months so the lines break at a rebase; a rebase gets a
 * solid vertical mark with its label, the end of a fixed baseline a light dashed one.
 */
function SegmentLines({ segment, showTwoSigma, count }: { segment: XmrSegment; showTwoSigma: boolean; count: number }) {
  const across = (y: number) => [{ x: segment.start - 0.5, y }, { x: segment.end + 0.5, y }] as const;
  const limit = { stroke: COLOURS.limit, strokeWidth: 1.5, strokeDasharray: DASH.limit };
  // A mark in the right half is labelled to its left, so the label is not cut off at the chart's edge.
  const position = segment.start > count / 2 ? ('insideTopRight' as const) : ('insideTopLeft' as const);
  const label = (value: string, fill: string) => ({ value, position, fill, fontSize: 12 });
  const { limits, startLabel, baselineEnd } = segment;
  return (
    <>
      {limits && showTwoSigma && limits.twoSigma.map((y) => (
        <ReferenceLine key={`two-sigma-${y}`} className="xmr-two-sigma" segment={across(y)} stroke={COLOURS.twoSigma} strokeWidth={1.5} strokeDasharray={DASH.twoSigma} />
      ))}
      {limits && <ReferenceLine className="xmr-limit" segment={across(limits.upper)} {...limit} />}
      {limits && <ReferenceLine className="xmr-limit" segment={across(limits.lower)} {...limit} />}
      {limits && <ReferenceLine className="xmr-mean" segment={across(limits.mean)} stroke={COLOURS.mean} strokeWidth={2} />}
      {startLabel !== null && (
        <ReferenceLine className="xmr-rebase" x={segment.start - 0.5} stroke={REBASE_COLOUR} strokeWidth={2.5} label={label(startLabel, REBASE_COLOUR)} />
      )}
      {baselineEnd && (
        <ReferenceLine
          className="xmr-baseline-end"
          x={baselineEnd.index + 0.5}
          stroke={COLOURS.limit}
          strokeWidth={1.5}
          strokeDasharray={DASH.baselineEnd}
          label={label(baselineEnd.label, COLOURS.limit)}
        />
      )}
    </>
  );
}

function XmrDot({ cx, cy, payload }: DotItemDotProps) {
  const point = payload as XmrPoint | undefined;
  if (!point || cx === undefined || cy === undefined) return null;
  return <Mark signal={point.signal} x={Number(cx)} y={Number(cy)} className={`xmr-point xmr-point-${point.signal}`} />;
}

/** One month's mark; the legend draws the same shapes. A white edge keeps a mark readable where it crosses a line. */
function Mark({ signal, x, y, className }: { signal: XmrSignal; x: number; y: number; className?: string }) {
  const edge = { stroke: '#ffffff', strokeWidth: 1.5 };
  switch (signal) {
    case 'common-cause':
      return <circle className={className} cx={x} cy={y} r={3} fill={COLOURS.series} />;
    case 'improvement':
      return <circle className={className} cx={x} cy={y} r={6} fill={COLOURS.improvement} {...edge} />;
    case 'concern':
      return <path className={className} d={`M${x} ${y - 7}l7 12h-14z`} fill={COLOURS.concern} strokeLinejoin="round" {...edge} />;
    case 'neither':
      return <rect className={className} x={x - 5} y={y - 5} width={10} height={10} fill="#ffffff" stroke={COLOURS.neither} strokeWidth={2.5} />;
  }
}

function LegendItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <li className="flex items-center gap-2">
      <svg aria-hidden="true" width="28" height="14" overflow="visible">
        {children}
      </svg>
      {label}
    </li>
  );
}

type XmrTooltipProps = { active?: boolean; payload?: readonly { payload?: unknown }[]; seriesName: string };

function XmrTooltip({ active, payload, seriesName }: XmrTooltipProps) {
  const point = payload?.[0]?.payload as XmrPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="max-w-xs rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow">
      <p className="font-semibold">{point.tooltipLabel}</p>
      <p>
        {seriesName}: <span className="font-semibold tabular-nums">{point.valueText}</span>
      </p>
      <p className="text-slate-700">{point.signal === 'common-cause' ? 'Common cause variation' : SIGNAL_LEGEND[point.signal]}</p>
      {point.signalText && <p className="text-slate-700">{point.signalText}</p>}
    </div>
  );
}
