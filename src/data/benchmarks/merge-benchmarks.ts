import type { Benchmarks } from '../../domain/benchmarks';

/**
 * Adds newly imported benchmarks to those a file already has: a source with the same id is replaced, and so is every
 * series of a measure and source the new import covers, so importing next year's publication again never doubles
 * figures. The result still has to pass the contract (measure ids must exist in the file).
 */
export function mergeBenchmarks(existing: Benchmarks | undefined, added: Benchmarks): Benchmarks {
  if (!existing) return added;
  const replaced = new Set(added.series.map((s) => `${s.measure}|${s.source}`));
  const addedSources = new Set(added.sources.map((s) => s.id));
  return {
    authority: added.authority,
    sources: [...existing.sources.filter((s) => !addedSources.has(s.id)), ...added.sources],
    series: [...existing.series.filter((s) => !replaced.has(`${s.measure}|${s.source}`)), ...added.series],
  };
}
