import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Dataset } from '../domain/indicators';
import type { DataSourceState } from '../data/load/use-data-source';
import { BUNDLED_DATA_URL } from '../data/load/bundled-data-url';
import { useImportedDatasetActions } from '../data/persist/use-imported-dataset';
import { MAX_VERSIONS_PER_SOURCE } from '../data/persist/dataset-versions-db';
import { useUpdateDashboardSearch } from '../url/use-dashboard-search';
import { config } from '../lib/config';
import { usePrintPageFooter } from '../lib/use-print-page-header';
import { formatDate } from '../presenters/format';
import { useSourceView } from './use-source-view';
import { SourceBar } from './source-bar';

export type DataSourcePanelProps = {
  state: DataSourceState;
  query: UseQueryResult<Dataset, Error>;
  /** That the feed is slow to answer, while a check runs with figures on screen; null otherwise. */
  slowNote: string | null;
  importEntry: ReactNode;
};

/** Connects the source bar to the URL, the import history and the data query. */
export function DataSourcePanel({ state, query, slowNote, importEntry }: DataSourcePanelProps) {
  const view = useSourceView(state, query);
  const actions = useImportedDatasetActions();
  const updateSearch = useUpdateDashboardSearch();
  const chosen = state.imported;
  const asAt = query.data?.reportingPeriod.asAt;
  usePrintPageFooter(`Source: ${view.name}${view.address ? ` (${view.address})` : ''}${asAt ? ` · data as at ${formatDate(asAt)}` : ''}`);

  const returnToBundled = async () => {
    if (chosen?.active) await actions.showImport(chosen, false);
    // With a deployment feed as the default, the bundled report needs naming in the URL.
    // Replaced, not pushed: the choice is also stored in the browser, so Back could not undo it.
    updateSearch({ data: config.dataUrl && config.dataUrl !== BUNDLED_DATA_URL ? BUNDLED_DATA_URL : undefined }, { replace: true });
  };
  // A `?data=` link outranks an import, so it is dropped from the address to show what was chosen.
  const show = async (version: { versionId: string; fileName: string }) => {
    await actions.showImport(version, true);
    updateSearch({ data: undefined }, { replace: true });
  };

  return (
    <SourceBar
      view={view}
      checking={query.isFetching}
      slowNote={query.data !== undefined ? slowNote : null}
      onRefresh={() => void query.refetch()}
      onReturnToBundled={() => void returnToBundled()}
      onUseImport={() => chosen && void show(chosen)}
      onShowImport={(item) => void show(item)}
      onDeleteImport={(item) => void actions.deleteImport(item.versionId)}
      keepImports={MAX_VERSIONS_PER_SOURCE}
      importEntry={importEntry}
    />
  );
}
