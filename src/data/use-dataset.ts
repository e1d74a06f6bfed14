import { useSuspenseQuery } from '@tanstack/react-query';
import type { Dataset } from './indicator-schema';
import { datasetQueryOptions } from './dataset-query';
import { resolveDataUrl } from './data-source';

/** The data URL currently in use; one place so that later sources (feeds, imports) change every screen at once. */
export function useDataUrl(): string {
  return resolveDataUrl();
}

/**
 * The loaded dataset for feature screens. The root layout renders features only once the query has
 * succeeded, so this never suspends in practice; it exists so features need no loading branches of their own.
 */
export function useDataset(): Dataset {
  return useSuspenseQuery(datasetQueryOptions(useDataUrl())).data;
}
