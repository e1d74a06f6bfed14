export type SlidePointsProps = { points: string[] };

export function SlidePoints({ points }: SlidePointsProps) {
  if (points.length === 0) return null;
  return (
    <section aria-label="From the analysis" className="min-w-0">
      <h2 className="text-2xl font-semibold">From the analysis</h2>
      <ul className="mt-3 list-disc space-y-3 pl-7 text-xl leading-snug">
        {points.map((point, i) => (
          <li key={i}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
