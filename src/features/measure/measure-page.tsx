import { Link } from '@tanstack/react-router';
import { useDataset } from '../../data/use-dataset';

export type MeasurePageProps = { measureId: string };

export function MeasurePage({ measureId }: MeasurePageProps) {
  const dataset = useDataset();
  const measure = dataset.measures.find((m) => m.id === measureId);
  if (!measure) {
    return (
      <section className="mx-auto max-w-3xl p-8">
        <h1 className="text-2xl font-semibold">Measure not found</h1>
        <p className="mt-2">There is no measure with the id “{measureId}” in this data.</p>
        <p className="mt-4">
          <Link to="/" search={(prev) => prev} className="link">
            Back to the overview
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="mx-auto max-w-5xl p-4">
      <h1 className="text-2xl font-semibold">{measure.title}</h1>
      <p>{measure.code}</p>
    </section>
  );
}
