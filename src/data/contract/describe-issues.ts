import type * as z from 'zod';
import { MAX_REPORTED_ISSUES } from './limits';

export type DataIssue = { path: string; message: string };

/** Turns zod issues into "measures[3].monthly[2].value" style paths an analyst can find in their file. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): DataIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

/**
 * A file with a million bad figures must not become a list of a million entries on the page: the first
 * MAX_REPORTED_ISSUES are kept, then one line says how many more there are.
 */
export function capIssues(issues: DataIssue[], total: number): DataIssue[] {
  const kept = issues.slice(0, MAX_REPORTED_ISSUES);
  const more = total - kept.length;
  return more > 0 ? [...kept, { path: '(more)', message: `…and ${more} more problem${more === 1 ? '' : 's'} not listed` }] : kept;
}
