import type { XmrSegment } from '../../components/charts/xmr-chart';
import type { SpcChartView } from '../../presenters/spc-view';

/**
 * The parts of the SPC panel that a baseline or a rebase adds: the chart's segments with their marks, each month's
 * limits and note for the table. A chart of one plain segment needs none.
 */

/** Chart labels stay short; the caption and the table give the reason in full. */
const MAX_LABEL_LENGTH = 48;

export function isSegmented(chart: SpcChartView): boolean {
  return chart.segmentNote !== null;
}

export function buildXmrSegments(chart: SpcChartView, showTwoSigma: boolean): XmrSegment[] {
  return chart.segments.map((segment) => {
    const limits = segment.limits;
    const baselineIndex = segment.baselineLastMonth === null ? -1 : chart.points.findIndex((p) => p.month === segment.baselineLastMonth);
    return {
      start: segment.start,
      end: segment.end,
      limits: limits && {
        mean: limits.mean,
        upper: limits.upperLimit,
        lower: limits.lowerLimit,
        twoSigma: showTwoSigma ? [limits.upperTwoSigma, limits.lowerTwoSigma].filter((v) => v > limits.lowerLimit && v < limits.upperLimit) : [],
      },
      startLabel: segment.rebase && shorten(`Rebased ${segment.rebase.monthLabel}: ${segment.rebase.reason}`),
      baselineEnd: baselineIndex < 0 ? null : { index: baselineIndex, label: 'Baseline' },
    };
  });
}

/** Every limit drawn, so the value axis can fit them all. */
export function listSegmentLimits(chart: SpcChartView): number[] {
  return chart.segments.flatMap((s) => (s.limits ? [s.limits.upperLimit, s.limits.lowerLimit] : []));
}

/** The table's "Limits" cell for a month: "80.2% (60.5% to 99.9%), baseline", or why there are none. */
export function describeMonthLimits(chart: SpcChartView, index: number): string {
  const point = chart.points[index];
  const limits = point ? chart.segments[point.segment]?.limits : null;
  if (!point || !limits) return 'None: too few months since the rebase';
  const band = `${limits.meanText} (${limits.lowerLimitText} to ${limits.upperLimitText})`;
  return point.inBaseline ? `${band}, baseline` : band;
}

/** The table's "Note" cell: the rebase a month starts, with its reason, or the end of the baseline. */
export function describeMonthNote(chart: SpcChartView, index: number): string {
  const segment = chart.segments.find((s) => s.start === index && s.rebase !== null);
  if (segment?.rebase) return `Rebased: ${segment.rebase.reason}`;
  const point = chart.points[index];
  if (point && chart.segments.some((s) => s.baselineLastMonth === point.month)) return 'Last month of the baseline';
  return '';
}


function shorten(text: string): string {
  return text.length <= MAX_LABEL_LENGTH ? text : `${text.slice(0, MAX_LABEL_LENGTH - 1).trimEnd()}…`;
}
