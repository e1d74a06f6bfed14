import type { Dataset } from '../domain/indicators';
import { formatDate } from './format';

/** What an exported chart says at its foot, so a picture pasted into another deck still says whose figures and when. */
export type ChartSourceView = { asAt: string; source: string };

export function describeChartSource(dataset: Pick<Dataset, 'authority' | 'title' | 'reportingPeriod' | 'synthetic'>): ChartSourceView {
  return {
    asAt: `Data as at ${formatDate(dataset.reportingPeriod.asAt)}`,
    source: `Source: ${dataset.authority.name}, ${dataset.title}${dataset.synthetic ? ' (synthetic data)' : ''}`,
  };
}
