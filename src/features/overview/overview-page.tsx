import { Link } from '@tanstack/react-router';
import { useDataset } from '../../data/use-dataset';

export function OverviewPage() {
  const dataset = useDataset();
  const period = dataset.reportingPeriod;
  return (
    <div className="mx-auto max-w-[1800px] p-4">
      <h1 className="text-2xl font-semibold">{dataset.title}</h1>
      <p className="text-slate-700">
        {period.quarter ? `Q${period.quarter} ` : ''}
        {period.financialYear}
      </p>
      {dataset.serviceAreas.map((area) => {
        const measures = dataset.measures.filter((m) => m.serviceArea === area.id);
        return (
          <section key={area.id} aria-labelledby={`area-${area.id}`} className="mt-6">
            <h2 id={`area-${area.id}`} className="text-xl font-semibold">
              {area.name}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {measures.map((m) => (
                <li key={m.id}>
                  <Link to="/measure/$measureId" params={{ measureId: m.id }} search={(prev) => prev} className="link">
                    {m.code ? `${m.code}: ` : ''}
                    {m.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
