import type { Unit } from '../domain/indicators';
import { formatTarget } from './format';
import { roundTo } from '../domain/numbers';

/**
 * The value axis of a chart. Percentages read best on their whole 0-100% scale, and counts from zero, because then
 * the height of a point means something. But a line whose figures move within a few points is a flat stripe on
 * such an axis, so the axis then zooms in, and the note says so: a reader must never take a zoomed axis for a full one.
 */

export type ValueAxis = { domain: [number, number]; ticks: number[]; zoomed: boolean; note: string };

export type ValueAxisInput = {
  unit: Unit;
  /** The plotted figures; null months are ignored. */
  values: readonly (number | null)[];
  /** Target and comparison lines, which must stay on the chart. */
  references?: readonly (number | null)[];
  /** Bars must start at zero, or their lengths lie. */
  startAtZero?: boolean;
  /**
   * Always fit the axis to the figures and references, never the whole scale: an XmR chart is read against its own
   * limits, as "Making Data Count" draws it, and a full scale would press limits and signals into a thin band.
   */
  fitToFigures?: boolean;
};

/** A percentage line "flattens" on 0-100% when its figures span less than this many percentage points. */
export const NARROW_PERCENT_SPAN = 15;
/** A count or rate line "flattens" from zero when its figures span less than this share of its highest figure. */
export const NARROW_RELATIVE_SPAN = 0.15;

const STEPS = [1, 2, 2.5, 5, 10];
const TICK_COUNT = 5;

export function chooseValueAxis({ unit, values, references = [], startAtZero = false, fitToFigures = false }: ValueAxisInput): ValueAxis {
  const plotted = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const all = [...plotted, ...references.filter((v): v is number => v !== null && Number.isFinite(v))];
  const ceiling = unit === 'percent' ? 100 : Infinity;
  if (all.length === 0) return build(unit, 0, unit === 'percent' ? 100 : 10, false);

  const low = Math.min(...all);
  const high = Math.max(...all);
  const span = plotted.length > 0 ? Math.max(...plotted) - Math.min(...plotted) : 0;

  // From zero, a tenth on top leaves room above the highest point or bar for its label.
  const fromZero = (zoomed: boolean) => niceRange(unit, 0, high * 1.1 || 1, ceiling, zoomed);
  if (startAtZero) {
    if (unit === 'percent' && high >= NARROW_PERCENT_SPAN) return build(unit, 0, 100, false);
    return fromZero(unit === 'percent');
  }
  // A line that does not move at all (or a single point) is flat on any axis: zooming would only waste the scale.
  const isFlat = span === 0;
  if (!fitToFigures && unit === 'percent' && (isFlat || span >= NARROW_PERCENT_SPAN)) return build(unit, 0, 100, false);
  if (!fitToFigures && unit !== 'percent' && (isFlat || span >= NARROW_RELATIVE_SPAN * high)) return fromZero(false);
  const margin = pad(low, high);
  return niceRange(unit, Math.max(0, low - margin), high + margin, ceiling, true);
}

/** Room around the figures so that no point sits on the edge of the plot. */
function pad(low: number, high: number): number {
  const span = high - low;
  return span > 0 ? span * 0.15 : Math.max(Math.abs(high) * 0.1, 1);
}

function niceRange(unit: Unit, low: number, high: number, ceiling: number, zoomed: boolean): ValueAxis {
  const step = niceStep((high - low) / TICK_COUNT, unit);
  const from = Math.max(0, Math.floor(low / step) * step);
  const to = Math.min(ceiling, Math.ceil(high / step) * step);
  // Zooming that ends up on the whole scale anyway is not zooming.
  const isZoomed = zoomed && !(from === 0 && (unit !== 'percent' || to === 100));
  return build(unit, from, to, isZoomed, step);
}

function niceStep(raw: number, unit: Unit): number {
  const safe = raw > 0 ? raw : 1;
  const magnitude = 10 ** Math.floor(Math.log10(safe));
  const step = (STEPS.find((s) => s * magnitude >= safe) ?? 10) * magnitude;
  // Counts are whole, so their ticks are too.
  return unit === 'count' ? Math.max(1, Math.ceil(step)) : step;
}

function build(unit: Unit, from: number, to: number, zoomed: boolean, step = (to - from) / TICK_COUNT): ValueAxis {
  const ticks: number[] = [];
  for (let tick = from; tick <= to + step / 1000; tick += step) ticks.push(roundTo(tick, 2));
  const range = `Axis from ${formatTarget(from, unit)} to ${formatTarget(to, unit)}`;
  let note = range;
  if (zoomed && unit === 'percent') note = `${range}, not 0% to 100%, so that small changes show`;
  else if (zoomed) note = `${range}: it does not start at zero, so that small changes show`;
  return { domain: [from, to], ticks, zoomed, note };
}
