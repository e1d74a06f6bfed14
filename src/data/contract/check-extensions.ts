/**
 * Cross-field rules for the optional measure fields of issue 14, called from checkReferencesAndFigures with the
 * same loose reading (any field may be malformed): family links name known measures of the right basis and never
 * loop, targets and trajectories sit in their own year, stated figures name a quarter or year.
 */

type Loose = Record<string, unknown>;
type Report = (path: (string | number)[], message: string) => void;

/** The link a family is built from, in the order the domain reads them (src/domain/families.ts). */
export const FAMILY_LINKS = ['yearToDateOf', 'cumulativeOf', 'rateOf', 'partOf'] as const;

export function checkMeasureExtensions(measures: Loose[], report: Report): void {
  const byId = new Map(measures.filter((m) => typeof m.id === 'string').map((m) => [m.id as string, m]));
  measures.forEach((measure, i) => {
    const at = (...rest: (string | number)[]) => ['measures', i, ...rest];
    checkLinks(measure, byId, (field, message) => report(at(field), message));
    checkTargets(measure, (rest, message) => report(at('targets', ...rest), message));
    records(measure.annual).forEach((point, j) => {
      if (typeof point.repeatsMonth === 'string' && typeof point.year === 'string' && !isMonthOfYear(point.repeatsMonth, point.year))
        report(at('annual', j, 'repeatsMonth'), `${point.repeatsMonth} is not a month of ${point.year}`);
    });
  });
  checkLoops(measures, byId, report);
}

function checkLinks(measure: Loose, byId: Map<string, Loose>, report: (field: string, message: string) => void) {
  for (const field of ['yearToDateOf', 'rateOf'] as const) {
    const id = measure[field];
    if (typeof id !== 'string') continue;
    const other = byId.get(id);
    if (!other) report(field, `unknown measure "${id}"`);
    else if (id === measure.id) report(field, 'a measure cannot link to itself');
    else if (field === 'yearToDateOf' && (measure.basis !== 'year-to-date' || other.basis !== 'month'))
      report(field, `yearToDateOf links a year-to-date measure to a month-basis one ("${id}" is ${String(other.basis)}, this one ${String(measure.basis)})`);
  }
  if (measure.buildsUp === true && measure.polarity !== 'higher-is-better')
    report('buildsUp', 'only a higher-is-better measure can build up towards its target');
}

function checkTargets(measure: Loose, report: Report) {
  const seen = new Set<string>();
  records(measure.targets).forEach((target, j) => {
    const year = target.year;
    if (typeof year !== 'string') return;
    if (seen.has(year)) report([j, 'year'], `year ${year} has more than one target`);
    seen.add(year);
    if (measure.unit === 'percent' && typeof target.value === 'number' && (target.value < 0 || target.value > 100))
      report([j, 'value'], `a percentage target must be between 0 and 100 (got ${target.value})`);
    records(target.path).forEach((point, k) => {
      if (typeof point.month === 'string' && !isMonthOfYear(point.month, year)) report([j, 'path', k, 'month'], `${point.month} is not a month of ${year}`);
    });
  });
}

/** A chain of family links that comes back to where it started would make a family without a head. */
function checkLoops(measures: Loose[], byId: Map<string, Loose>, report: Report) {
  measures.forEach((measure, i) => {
    const seen = new Set<unknown>([measure.id]);
    let current: Loose | undefined = measure;
    for (let step = 0; current && step < measures.length; step += 1) {
      const next = parentOf(current);
      if (next === undefined) return;
      if (seen.has(next)) {
        report(['measures', i, 'id'], `family links from "${String(measure.id)}" loop back through "${next}"`);
        return;
      }
      seen.add(next);
      current = byId.get(next);
    }
  });
}

function parentOf(measure: Loose): string | undefined {
  for (const field of FAMILY_LINKS) if (typeof measure[field] === 'string') return measure[field];
  return undefined;
}

function isMonthOfYear(month: string, year: string): boolean {
  const start = Number(year.slice(0, 4));
  const [y, m] = month.split('-').map(Number);
  if (y === undefined || m === undefined) return false;
  return (y === start && m >= 4) || (y === start + 1 && m <= 3);
}

function records(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : {})) : [];
}
