import type { BenchmarkArea, BenchmarkPoint, BenchmarkSeries, Benchmarks } from '../../domain/benchmarks';
import { roundTo } from '../../domain/numbers';
import type { BenchmarkMapping } from './benchmark-mapping';
import type { EesIssue, Observation } from './read-ees-file';

export type BenchmarkBuild = { benchmarks: Benchmarks; issues: EesIssue[]; warnings: string[] };

/**
 * The benchmarks part from the rows every file gave: England, the region, this authority, its statistical
 * neighbours and their average, and (when the mapping asks for all) every other authority, each figure under its
 * measure and period. The neighbours' average is the mean of the neighbours with a figure that year, like LAIT's,
 * and records how many it is of. Two rows for one place, measure and period mean the mapping's filters do not pick
 * one row: both rows are named.
 */
export function buildBenchmarks(observations: Observation[], mapping: BenchmarkMapping, authority: string): BenchmarkBuild {
  const issues: EesIssue[] = [];
  const warnings: string[] = [];
  const la = observations.filter((o) => o.level === 'local-authority');
  const matches = (o: Observation, name: string) => [o.laName, o.newLaCode, o.oldLaCode].some((v) => v !== '' && v.toLowerCase() === name.trim().toLowerCase());
  const own = la.find((o) => matches(o, authority));
  if (!own) {
    const names = [...new Set(la.map((o) => o.laName))].slice(0, 3).join('", "');
    issues.push({ file: null, row: null, column: 'la_name', message: `no local authority rows for "${authority}" in the files${names ? ` (they name "${names}"…)` : ''}: check --la or the mapping's authority` });
    return { benchmarks: { authority: { name: authority }, sources: [], series: [] }, issues, warnings };
  }
  const region = mapping.region ?? own.regionName;
  const keyOf = (o: Observation) => o.newLaCode || o.laName.toLowerCase();
  const neighbourKeys = new Set<string>();
  for (const name of mapping.neighbours) {
    const found = la.find((o) => matches(o, name));
    if (found) neighbourKeys.add(keyOf(found));
    else warnings.push(`Statistical neighbour "${name}" is not in the files: the neighbours' average leaves it out.`);
  }

  const areaOf = (o: Observation): BenchmarkArea | null => {
    if (o.level === 'national') return { kind: 'england', name: o.countryName || 'England' };
    if (o.level === 'regional') return o.regionName.toLowerCase() === region.toLowerCase() ? { kind: 'region', name: o.regionName } : null;
    const key = keyOf(o);
    const kind = key === keyOf(own) ? 'this-authority' : neighbourKeys.has(key) ? 'neighbour' : mapping.authorities === 'all' ? 'authority' : null;
    return kind ? { kind, name: o.laName, ...(o.newLaCode ? { code: o.newLaCode } : {}) } : null;
  };

  const series = new Map<string, BenchmarkSeries>();
  const firstRow = new Map<string, Observation>();
  for (const o of observations) {
    const area = areaOf(o);
    if (!area) continue;
    const seriesKey = `${o.measure}|${o.source}|${area.kind}|${area.code ?? area.name}`;
    const pointKey = `${seriesKey}|${o.period}`;
    const earlier = firstRow.get(pointKey);
    if (earlier) {
      issues.push({
        file: o.file,
        row: o.row,
        column: null,
        message: `a second row for ${area.name}, ${o.period}, measure ${o.measure} (the first is row ${earlier.row}${earlier.file === o.file ? '' : ` of ${earlier.file}`}): add a filter to the mapping so that one row is picked`,
      });
      continue;
    }
    firstRow.set(pointKey, o);
    const entry = series.get(seriesKey) ?? { measure: o.measure, source: o.source, area, points: [] };
    entry.points.push({ period: o.period, ...o.figure });
    series.set(seriesKey, entry);
  }

  for (const measure of mapping.measures) {
    const found = [...series.values()].filter((s) => s.measure === measure.measure && s.source === measure.source);
    if (found.length === 0) warnings.push(`No rows matched measure ${measure.measure} (column ${measure.indicator}${describeFilters(measure.filters)}).`);
    else if (!found.some((s) => s.area.kind === 'this-authority')) warnings.push(`Measure ${measure.measure}: the files have no figure for ${own.laName}, so it has no rank.`);
    const neighbours = found.filter((s) => s.area.kind === 'neighbour');
    if (neighbours.length > 0) series.set(`${measure.measure}|${measure.source}|neighbours-average`, averageOf(neighbours, measure.measure, measure.source));
  }

  const sorted = [...series.values()].map((s) => ({ ...s, points: s.points.sort((a, b) => a.period.localeCompare(b.period)) }));
  return {
    benchmarks: {
      authority: { name: own.laName, ...(own.newLaCode ? { code: own.newLaCode } : {}) },
      sources: mapping.sources.map(({ id, name, published, url }) => ({ id, name, published, url })),
      series: sorted,
    },
    issues,
    warnings,
  };
}

function averageOf(neighbours: BenchmarkSeries[], measure: string, source: string): BenchmarkSeries {
  const periods = [...new Set(neighbours.flatMap((s) => s.points.map((p) => p.period)))];
  const points = periods.map((period): BenchmarkPoint => {
    const values = neighbours.flatMap((s) => {
      const value = s.points.find((p) => p.period === period)?.value;
      return typeof value === 'number' ? [value] : [];
    });
    if (values.length === 0) return { period, value: null, symbol: 'x' };
    return { period, value: roundTo(values.reduce((a, b) => a + b, 0) / values.length, 1), basedOn: values.length };
  });
  return { measure, source, area: { kind: 'neighbours-average', name: `Statistical neighbours (average of ${neighbours.length})` }, points };
}

function describeFilters(filters: Record<string, string>): string {
  const entries = Object.entries(filters);
  return entries.length === 0 ? ', no filters' : `, ${entries.map(([k, v]) => `${k} = "${v}"`).join(', ')}`;
}
