import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { comparisonFileQueryOptions, storedVersionQueryOptions } from '../../data/persist/versions-query';
import { compareModels } from '../../domain/compare-models';
import { datasetModelOf, type PeriodModel } from '../../domain/dataset-model';
import { previousPeriod } from '../../domain/period';
import { formatDate } from '../../presenters/format';
import { describeExceptions, type ExceptionsView } from '../../presenters/describe-exceptions';
import type { SinceChoice } from '../../url/pack-search';

/** The biggest movers a slide shows beside the status changes and signals, and still fits a laptop's screen. */
const SLIDE_MOVERS = 3;

export type SinceComparison = { state: 'ready'; view: ExceptionsView } | { state: 'loading' } | { state: 'unavailable'; message: string };

/**
 * "Since last meeting" for the measures on the slides: the period before in the same data, or the latest period of
 * a version of the data this browser keeps ("as at last Tuesday"), or of a file the presenter chose.
 */
export function useSinceComparison(choice: Exclude<SinceChoice, 'off'>, current: PeriodModel, measureIds: readonly string[]): SinceComparison {
  const versionId = choice.startsWith('version:') ? choice.slice('version:'.length) : null;
  const version = useQuery({ ...storedVersionQueryOptions(versionId ?? ''), enabled: versionId !== null });
  const file = useQuery({ ...comparisonFileQueryOptions(), enabled: choice === 'file' });

  return useMemo((): SinceComparison => {
    const compare = (baseline: PeriodModel, baselineLabel: string): SinceComparison => ({
      state: 'ready',
      view: describeExceptions(compareModels(current, baseline, { measureIds, moverLimit: SLIDE_MOVERS }), { currentLabel: current.period.label, baselineLabel }),
    });
    if (choice === 'previous') {
      const before = current.model.forPeriod(previousPeriod(current.period).key);
      if (!before || before.ignoredPeriodKey) return { state: 'unavailable', message: `The data has no figures for the period before ${current.period.label}.` };
      return compare(before, before.period.label);
    }
    if (versionId !== null) {
      if (version.isPending) return { state: 'loading' };
      if (version.isError) return { state: 'unavailable', message: `${version.error.message} Choose what to compare with in the pack builder.` };
      const baseline = datasetModelOf(version.data).forPeriod(undefined);
      if (!baseline) return { state: 'unavailable', message: 'That version of the data has no figures.' };
      return compare(baseline, `${baseline.period.label} in the data as at ${formatDate(version.data.reportingPeriod.asAt)}`);
    }
    if (file.isPending) return { state: 'loading' };
    const chosen = file.data;
    if (!chosen) return { state: 'unavailable', message: 'The file to compare with is no longer open. Choose it again in the pack builder.' };
    const baseline = datasetModelOf(chosen.dataset).forPeriod(undefined);
    if (!baseline) return { state: 'unavailable', message: `${chosen.fileName} has no figures.` };
    return compare(baseline, `${baseline.period.label} in ${chosen.fileName}`);
  }, [choice, current, measureIds, versionId, version.isPending, version.isError, version.error, version.data, file.isPending, file.data]);
}
