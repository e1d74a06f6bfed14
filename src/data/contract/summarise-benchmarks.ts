import type { Dataset } from '../../domain/indicators';

/**
 * The validator's lines about the benchmarks part: what it holds (sources, measures, comparisons, years) and what the
 * dashboard will not show, so an analyst sees before publishing that a count's benchmarks will not appear.
 */
export function summariseBenchmarks(dataset: Dataset): string[] {
  const benchmarks = dataset.benchmarks;
  if (!benchmarks) return ['Benchmarks: none'];
  const measures = new Set(benchmarks.series.map((s) => s.measure));
  const years = [...new Set(benchmarks.series.flatMap((s) => s.points.filter((p) => p.value !== null && /^\d{4}\/\d{2}$/.test(p.period)).map((p) => p.period)))].sort();
  const kinds = (kind: string) => benchmarks.series.filter((s) => s.area.kind === kind).length;
  const missing = benchmarks.series.flatMap((s) => s.points).filter((p) => p.value === null).length;
  const lines = [
    `Benchmarks for ${benchmarks.authority.name}: ${benchmarks.series.length} series for ${measures.size} measure(s) from ${benchmarks.sources.length} source(s)`,
    `  years with figures: ${years.length ? `${years[0]} to ${years.at(-1)}` : 'none'}; ${kinds('england')} England, ${kinds('region')} region, ` +
      `${kinds('neighbours-average')} neighbours' average, ${kinds('neighbour')} neighbour and ${kinds('authority')} other authority series; ` +
      `${missing} figure(s) suppressed or missing`,
  ];
  for (const source of benchmarks.sources) lines.push(`  source: ${source.name}, published ${source.published} (${source.url})`);
  const units = new Map(dataset.measures.map((m) => [m.id, m.unit]));
  for (const id of [...measures].filter((m) => units.get(m) === 'count'))
    lines.push(`  warning: ${id} is a count: the dashboard shows benchmarks beside percentages and rates only`);
  return lines;
}
