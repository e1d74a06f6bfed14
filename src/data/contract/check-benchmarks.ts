import { parseFinancialYear } from '../../domain/period';

type Loose = Record<string, unknown>;
type Report = (path: (string | number)[], message: string) => void;

/**
 * The benchmarks part's cross-field rules: each series names a measure of the file and a listed source; source ids
 * are unique; one series per measure, source and area; each period once in a series; a financial year names two
 * consecutive years; percentages within 0-100 and other figures not negative; a null figure's symbol says why.
 * Like check-references.ts it reads a value that may be malformed anywhere, through guards.
 */
export function checkBenchmarks(benchmarks: unknown, unitOfMeasure: Map<string, unknown>, report: Report): void {
  const root = asRecord(benchmarks);
  const sourceIds = new Set<string>();
  records(root.sources).forEach((source, i) => {
    if (typeof source.id !== 'string') return;
    if (sourceIds.has(source.id)) report(['benchmarks', 'sources', i, 'id'], `duplicate source id "${source.id}"`);
    sourceIds.add(source.id);
  });

  const seriesKeys = new Map<string, number>();
  records(root.series).forEach((series, i) => {
    const at = (...rest: (string | number)[]) => ['benchmarks', 'series', i, ...rest];
    const measure = series.measure;
    if (typeof measure === 'string' && !unitOfMeasure.has(measure)) report(at('measure'), `unknown measure "${measure}"`);
    if (typeof series.source === 'string' && !sourceIds.has(series.source)) report(at('source'), `unknown source "${series.source}"`);
    const area = asRecord(series.area);
    const key = `${String(measure)}|${String(series.source)}|${String(area.kind)}|${String(area.code ?? area.name)}`;
    const earlier = seriesKeys.get(key);
    if (earlier !== undefined) report(at('area'), `series ${earlier} already holds ${String(area.name)} for this measure and source`);
    else seriesKeys.set(key, i);

    const unit = typeof measure === 'string' ? unitOfMeasure.get(measure) : undefined;
    const periods = new Set<string>();
    records(series.points).forEach((point, j) => {
      const period = point.period;
      if (typeof period === 'string') {
        if (periods.has(period)) report(at('points', j, 'period'), `period ${period} appears more than once`);
        periods.add(period);
        const year = /^\d{4}\/\d{2}/.exec(period)?.[0];
        if (year && parseFinancialYear(year) === null) report(at('points', j, 'period'), `must name two consecutive years, like "2022/23" (got "${period}")`);
      }
      const value = point.value;
      if (typeof value === 'number' && unit === 'percent' && (value < 0 || value > 100))
        report(at('points', j, 'value'), `a percentage must be between 0 and 100 (got ${value})`);
      if (typeof value === 'number' && unit !== 'percent' && value < 0) report(at('points', j, 'value'), `must not be negative (got ${value})`);
      if (typeof value === 'number' && point.symbol !== undefined)
        report(at('points', j, 'symbol'), `a figure with a value has no symbol (got "${String(point.symbol)}")`);
    });
  });
}

function asRecord(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
}

function records(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map(asRecord) : [];
}
