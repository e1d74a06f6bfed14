import { Link } from '@tanstack/react-router';

export type MeasureNotFoundProps = { measureId: string };

/** An old or mistyped link: say so plainly and offer the way back, keeping the filters the link carried. */
export function MeasureNotFound({ measureId }: MeasureNotFoundProps) {
  return (
    <section className="mx-auto max-w-3xl p-8">
      <h1 className="text-2xl font-semibold">Measure not found</h1>
      <p className="mt-2">There is no measure with the id “{measureId}” in this data. The link may be from an older report.</p>
      <p className="mt-4">
        <Link to="/" search={(prev) => prev} className="link">
          Back to the overview
        </Link>
      </p>
    </section>
  );
}
