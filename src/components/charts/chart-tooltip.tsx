import type { ChartPoint } from '../../presenters/chart-views';

export type ChartTooltipProps = {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  seriesName: string;
};

/** Tooltip body for both wrappers: the period, the formatted figure and, where known, its fraction. */
export function ChartTooltip({ active, payload, seriesName }: ChartTooltipProps) {
  const point = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow">
      <p className="font-semibold">{point.tooltipLabel}</p>
      <p>
        {seriesName}: <span className="font-semibold tabular-nums">{point.value === null ? 'no figure' : point.valueText}</span>
      </p>
      {point.detail && <p className="text-slate-700 tabular-nums">{point.detail}</p>}
      {point.more?.map((line) => (
        <p key={line.label}>
          {line.label}: <span className="font-semibold tabular-nums">{line.text}</span>
        </p>
      ))}
    </div>
  );
}
