import type { Dataset, Measure } from '../../domain/indicators';
import { findFamilies } from '../../domain/families';
import { resolveTarget } from '../../domain/targets';

/**
 * The validator's lines on families, targets and stated figures (issue 14), so an analyst sees what the dashboard
 * will do with them: which measures share a tile, which targets are inherited or given with a source, which
 * measures are judged against a trajectory, and which quarter figures are shown as the report states them.
 */
export function summariseFigureLinks(dataset: Dataset): string[] {
  // A code that heads two columns (CSC 252a at 10 and 15 days) does not say which: then the id does.
  const codes = dataset.measures.map((m) => m.code);
  const name = (m: Measure) => (m.code && codes.filter((c) => c === m.code).length === 1 ? m.code : m.id);
  const familyOf = findFamilies(dataset.measures);
  const families = [...new Set(familyOf.values())];
  const byId = new Map(dataset.measures.map((m) => [m.id, m]));
  const year = dataset.reportingPeriod.financialYear;
  const lines = ['', `Families: ${families.length} (each shown as one tile)`];
  for (const family of families) {
    const yearFrom = family.yearToDate ? `; year figure from ${name(family.yearToDate)}` : family.unreliableYearToDate ? `; no year figure (${name(family.unreliableYearToDate)} is unreliable)` : '';
    lines.push(`  ${family.members.map((m) => name(m.measure)).join(', ')}${yearFrom}`);
  }
  const inherited = dataset.measures.flatMap((m) => {
    const target = resolveTarget(m, familyOf.get(m.id) ?? null, year);
    return target?.origin === 'inherited' && target.from ? [`  ${name(m)}: ${target.value} from ${name(byId.get(target.from.id) ?? m)}`] : [];
  });
  lines.push(`Inherited targets: ${inherited.length}`, ...inherited);
  const sourced = dataset.measures.filter((m) => m.targetSource || m.targets?.some((t) => t.source));
  lines.push(`Targets with a source: ${sourced.length}`, ...sourced.map((m) => `  ${name(m)}: ${m.targetSource ?? m.targets?.find((t) => t.source)?.source ?? ''}`));
  const building = dataset.measures.filter((m) => m.buildsUp);
  lines.push(`Judged against a trajectory: ${building.length}${building.length ? ` (${building.map(name).join(', ')})` : ''}`);
  const stated = dataset.measures.flatMap((m) => (m.statedFigures ?? []).map((f) => `  ${name(m)} ${f.period}: ${f.value} (${f.source})`));
  lines.push(`Stated figures: ${stated.length}`, ...stated);
  return lines;
}
