import type * as z from 'zod';
import { checkMeasureExtensions } from './check-extensions';
import { checkBenchmarks } from './check-benchmarks';
import { checkSpcSettings } from './check-spc-settings';
import { checkEvents } from './check-events';

/**
 * The contract's cross-field rules: unique ids, references between service areas, sections and measures, each
 * month or year once, percentages within 0-100, numerators within their denominators. They run even when fields
 * elsewhere have the wrong type (zod's `when`), so a file with both kinds of mistake lists them all at once
 * rather than revealing the second kind only after the first is fixed. The value may therefore be malformed
 * anywhere: every field is read through a guard, and nothing is said of a field that already has a problem.
 */
export function checkReferencesAndFigures(dataset: unknown, ctx: z.RefinementCtx<unknown>): void {
  const flagged = new Set(ctx.issues.map((issue) => (issue.path ?? []).join('.')));
  const report = (path: (string | number)[], message: string) => {
    if (!flagged.has(path.join('.'))) ctx.addIssue({ code: 'custom', path, message });
  };
  const root = asRecord(dataset);

  const areaIds = collectUniqueIds(root.serviceAreas, 'serviceAreas', report);
  const sectionIds = collectUniqueIds(root.sections, 'sections', report);
  const measureIds = collectUniqueIds(root.measures, 'measures', report);
  const checkReference = (ids: Set<string>, what: string, value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && !ids.has(value)) report(path, `unknown ${what} "${value}"`);
  };

  records(root.sections).forEach((section, i) => checkReference(areaIds, 'service area', section.serviceArea, ['sections', i, 'serviceArea']));
  records(root.summary).forEach((entry, i) => checkReference(areaIds, 'service area', entry.serviceArea, ['summary', i, 'serviceArea']));

  records(root.measures).forEach((measure, i) => {
    const at = (...rest: (string | number)[]) => ['measures', i, ...rest];
    checkReference(sectionIds, 'section', measure.section, at('section'));
    checkReference(areaIds, 'service area', measure.serviceArea, at('serviceArea'));
    checkReference(measureIds, 'measure', measure.cumulativeOf, at('cumulativeOf'));
    checkReference(measureIds, 'measure', measure.partOf, at('partOf'));
    const unit = measure.unit;
    if (unit === 'percent' && typeof measure.target === 'number' && (measure.target < 0 || measure.target > 100))
      report(at('target'), `a percentage target must be between 0 and 100 (got ${measure.target})`);
    checkSeries(measure.monthly, 'month', unit, (rest, message) => report(at('monthly', ...rest), message));
    checkSeries(measure.annual, 'year', unit, (rest, message) => report(at('annual', ...rest), message));
    checkSpcSettings(measure, (rest, message) => report(at(...rest), message));
  });

  checkMeasureExtensions(records(root.measures), report);

  records(root.sourceIssues).forEach((issue, i) => {
    checkReference(sectionIds, 'section', issue.section, ['sourceIssues', i, 'section']);
    checkReference(measureIds, 'measure', issue.measure, ['sourceIssues', i, 'measure']);
  });
  if (root.benchmarks !== undefined)
    checkBenchmarks(root.benchmarks, new Map(records(root.measures).map((m) => [String(m.id), m.unit])), report);
  checkEvents(root.events, { measures: measureIds, areas: areaIds }, report);
}

type Loose = Record<string, unknown>;
type Report = (path: (string | number)[], message: string) => void;

function asRecord(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
}

/** The items of an array as records (a non-object item reads as an empty one), or none when it is no array. */
function records(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map(asRecord) : [];
}

function collectUniqueIds(items: unknown, name: string, report: Report): Set<string> {
  const ids = new Set<string>();
  records(items).forEach((item, i) => {
    if (typeof item.id !== 'string') return;
    if (ids.has(item.id)) report([name, i, 'id'], `duplicate id "${item.id}"`);
    ids.add(item.id);
  });
  return ids;
}

function checkSeries(points: unknown, key: 'month' | 'year', unit: unknown, report: Report) {
  const seen = new Set<string>();
  records(points).forEach((point, j) => {
    const when = point[key];
    if (typeof when === 'string') {
      if (seen.has(when)) report([j, key], `${key} ${when} appears more than once`);
      seen.add(when);
    }
    checkPoint(point, unit, (field, message) => report([j, field], message));
  });
}

function checkPoint(point: Loose, unit: unknown, report: (field: string, message: string) => void) {
  const { value, numerator, denominator } = point;
  if (typeof value === 'number' && unit === 'percent' && (value < 0 || value > 100))
    report('value', `a percentage must be between 0 and 100 (got ${value})`);
  if (typeof value === 'number' && unit !== 'percent' && value < 0) report('value', `must not be negative (got ${value})`);
  if (typeof numerator === 'number' && typeof denominator === 'number' && numerator > denominator)
    report('numerator', `numerator ${numerator} is greater than denominator ${denominator}`);
}
