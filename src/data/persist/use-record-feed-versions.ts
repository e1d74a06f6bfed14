import { useEffect } from 'react';
import type { Dataset } from '../../domain/indicators';
import type { DataSource } from '../load/choose-data-source';
import { isVersionStorageAvailable, recordDatasetVersion } from './dataset-versions-db';

// Datasets already recorded: react-query hands back the same object when a refresh brings equal figures, so those
// are not fingerprinted again every five minutes.
const recorded = new WeakSet<Dataset>();

/**
 * Keeps each new edition of a feed (the bundled report's address included) in the store of versions, so that
 * "as at last Tuesday" can be chosen later. Imports are recorded by the import itself.
 */
export function useRecordFeedVersions(source: DataSource, dataset: Dataset | undefined): void {
  const url = source.kind === 'imported' ? null : source.url;
  useEffect(() => {
    if (url === null || dataset === undefined || recorded.has(dataset) || !isVersionStorageAvailable()) return;
    recorded.add(dataset);
    recordDatasetVersion(url, url, dataset).catch((error: unknown) => {
      // History is a convenience: a browser that refuses storage still shows the figures.
      console.warn('This version of the data could not be kept in the browser', error);
    });
  }, [url, dataset]);
}
