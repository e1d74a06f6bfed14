import type * as z from 'zod';

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
