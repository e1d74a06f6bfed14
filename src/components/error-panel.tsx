import type { ReactNode } from 'react';
import type { DataIssue } from '../data/contract/describe-issues';

export type ErrorPanelProps = {
  title: string;
  message: string;
  issues?: DataIssue[];
  /** How many issues to list before summarising the rest. */
  issueLimit?: number;
  action?: ReactNode;
  /** 1 when the panel is the whole page (the data failed to load), so the page still has its main heading. */
  headingLevel?: 1 | 2;
};

/** A readable failure: what went wrong, where in the file, and what the user can do next. */
export function ErrorPanel({ title, message, issues = [], issueLimit = 20, action, headingLevel = 1 }: ErrorPanelProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Subheading = headingLevel === 1 ? 'h2' : 'h3';
  const shown = issues.slice(0, issueLimit);
  const hidden = issues.length - shown.length;
  return (
    <section role="alert" aria-labelledby="error-panel-title" className="mx-auto my-8 max-w-3xl rounded-lg border-2 border-red-700 bg-red-50 p-6 text-slate-900">
      <Heading id="error-panel-title" className="flex items-center gap-2 text-xl font-semibold text-red-800">
        <span aria-hidden="true">⚠</span>
        {title}
      </Heading>
      <p className="mt-2">{message}</p>
      {shown.length > 0 && (
        <>
          <Subheading className="mt-4 font-semibold">Problems found</Subheading>
          <ul className="mt-2 list-disc space-y-1 pl-6 font-mono text-sm">
            {shown.map((issue, i) => (
              <li key={`${issue.path}-${i}`}>
                <span className="font-semibold">{issue.path}</span>: {issue.message}
              </li>
            ))}
          </ul>
          {hidden > 0 && <p className="mt-2 text-sm">…and {hidden} more.</p>}
        </>
      )}
      {action && <div className="mt-4">{action}</div>}
    </section>
  );
}
