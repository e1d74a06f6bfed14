export type PrintHeaderProps = { authority: string; report: string; period: string };

/** Only on paper: repeated at the top of every printed page (see the print rules in index.css). */
export function PrintHeader({ authority, report, period }: PrintHeaderProps) {
  return (
    <div aria-hidden="true" className="print-header hidden justify-between border-b border-slate-400 pb-1 text-xs text-slate-800">
      <span>
        {authority} · {report}
      </span>
      <span>{period}</span>
    </div>
  );
}
