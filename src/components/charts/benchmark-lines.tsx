import { Line, type DotItemDotProps } from 'recharts';
import { BENCHMARK_LINE_STYLES } from './chart-types';
import type { AnnualBarPoint, BenchmarkLineKey, ChartLineSeries } from '../../presenters/chart-views';

/**
 * The benchmark lines of the annual chart, returned as elements (recharts reads its children's types, so these
 * cannot sit inside a component of ours). Gaps stay gaps: a year the source does not cover is not bridged.
 */
export function BenchmarkLines({ lines }: { lines: ChartLineSeries[] }) {
  return lines.map((line) => {
    const style = BENCHMARK_LINE_STYLES[line.key];
    return (
      <Line
        key={line.key}
        className={`benchmark-line benchmark-line-${line.key}`}
        type="linear"
        dataKey={(point: AnnualBarPoint) => point.lines?.[line.key] ?? null}
        name={line.label}
        stroke={style.colour}
        strokeWidth={2.5}
        strokeDasharray={style.dash}
        dot={(props: DotItemDotProps) => <BenchmarkMarker key={`${line.key}-${props.index}`} {...props} kind={line.key} />}
        activeDot={false}
        connectNulls={false}
        isAnimationActive={false}
      />
    );
  });
}

/** A circle for England, a square for the region, a diamond for the neighbours: told apart without colour. */
export function BenchmarkMarker({ cx, cy, value, kind }: { cx?: number | undefined; cy?: number | undefined; value?: unknown; kind: BenchmarkLineKey }) {
  if (typeof cx !== 'number' || typeof cy !== 'number' || value === null || value === undefined) return null;
  const { colour, marker } = BENCHMARK_LINE_STYLES[kind];
  const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1.5, className: `benchmark-marker benchmark-marker-${kind}` };
  if (marker === 'circle') return <circle cx={cx} cy={cy} r={5} {...common} />;
  if (marker === 'square') return <rect x={cx - 4.5} y={cy - 4.5} width={9} height={9} {...common} />;
  return <path d={`M${cx} ${cy - 6.5}L${cx + 6.5} ${cy}L${cx} ${cy + 6.5}L${cx - 6.5} ${cy}Z`} {...common} />;
}
