import type { Dataset } from '../../domain/indicators';
import { checkDataQuality } from '../../checks/check-data-quality';
import { reportedMonths } from '../../domain/reported-months';
import { summariseFigureLinks } from './summarise-figure-links';
import { summariseBenchmarks } from './summarise-benchmarks';

/** The validator's report on a valid file: what it holds, then every warning worth an analyst's look. */
export function summariseDatasetFile(path: string, dataset: Dataset): string[] {
  const lines: string[] = [];
  const { reportingPeriod: period } = dataset;
  lines.push(`${path} is valid (data contract v1)`);
  lines.push(`${dataset.authority.name}: ${dataset.title}`);
  lines.push(`Period ${period.financialYear}${period.quarter ? ` Q${period.quarter}` : ''}, as at ${period.asAt}${dataset.synthetic ? ' (synthetic data)' : ''}`);
  lines.push(`${dataset.sections.length} sections, ${dataset.measures.length} measures`);
  lines.push('');
  lines.push('Measures per service area:');
  for (const area of dataset.serviceAreas) {
    const count = dataset.measures.filter((m) => m.serviceArea === area.id).length;
    lines.push(`  ${String(count).padStart(4)}  ${area.name}`);
  }
  const months = reportedMonths(dataset);
  lines.push('');
  lines.push(months.length ? `Months with figures: ${months[0]} to ${months.at(-1)} (${months.length} months)` : 'Months with figures: none');
  const years = [...new Set(dataset.measures.flatMap((m) => m.annual.filter((a) => a.value !== null).map((a) => a.year)))].sort();
  lines.push(`Annual trend years: ${years.length ? years.join(', ') : 'none'}`);
  lines.push(...summariseFigureLinks(dataset));
  lines.push(...summariseBenchmarks(dataset));

  const findings = checkDataQuality(dataset);
  const warnings = findings.filter((f) => f.severity === 'warning');
  const info = findings.filter((f) => f.severity === 'info');
  const sourceIssues = dataset.sourceIssues ?? [];
  lines.push('');
  lines.push(
    `Warnings: ${warnings.length} data check finding(s), ${sourceIssues.length} known source issue(s); ` +
      `${info.length} narrative figure(s) not traceable to the data (see the Data checks view)`,
  );
  for (const finding of warnings) lines.push(`  warning: ${finding.message}`);
  for (const issue of sourceIssues)
    lines.push(`  source: [${issue.section}${issue.measure ? ` / ${issue.measure}` : ''}${issue.period ? ` / ${issue.period}` : ''}] ${issue.description}`);
  return lines;
}
