import type { ReactNode } from 'react';

export type TextPanelProps = { id: string; title: string; children: ReactNode };

/** One titled block of words (definition, analysis, summary, notes); the heading names the region. */
export function TextPanel({ id, title, children }: TextPanelProps) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 bg-white p-5">
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
