import type { ReactNode } from 'react';

export type TextPanelProps = { id: string; title: string; children: ReactNode };

/** One titled block of words (definition, analysis, summary, notes); the heading names the region. */
export function TextPanel({ id, title, children }: TextPanelProps) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 bg-white p-5 print:mb-3 print:p-3">
      <h2 id={id} className="mb-3 text-xl font-semibold print:mb-1 print:text-base">
        {title}
      </h2>
      {children}
    </section>
  );
}
