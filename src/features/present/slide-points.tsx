export type SlidePointsProps = { points: string[]; more: string | null };

/** The analysis points that fit, and, when some do not, a line that says they are in the notes (N shows them). */
export function SlidePoints({ points, more }: SlidePointsProps) {
  if (points.length === 0) return null;
  return (
    <section aria-label="From the analysis" className="min-w-0">
      <h2 className="slide-text-32 font-semibold">From the analysis</h2>
      <ul className="list-disc space-y-[0.5em] pl-[1.2em] slide-mt-12 slide-text-28 leading-snug">
        {points.map((point, i) => (
          <li key={i}>{point}</li>
        ))}
      </ul>
      {more && (
        <p className="slide-mt-16 slide-text-28 font-semibold text-slate-700">
          {more} <span className="font-normal">(press N)</span>
        </p>
      )}
    </section>
  );
}
