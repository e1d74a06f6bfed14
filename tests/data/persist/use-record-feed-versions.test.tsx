import 'fake-indexeddb/auto';
import { renderHook, waitFor } from '@testing-library/react';
import { deleteDatasetVersion, IMPORT_SOURCE, listDatasetVersions } from '../../../src/data/persist/dataset-versions-db';
import { useRecordFeedVersions } from '../../../src/data/persist/use-record-feed-versions';
import { makeDataset } from '../../fixtures/make-dataset';

const FEED = { kind: 'link', url: 'https://example.org/indicators.json' } as const;

beforeEach(async () => {
  for (const version of await listDatasetVersions()) await deleteDatasetVersion(version.id);
});

describe('useRecordFeedVersions', () => {
  it('keeps each new edition of a feed once, and a refresh with the same figures adds none', async () => {
    const september = makeDataset({ title: 'September' });
    const { rerender } = renderHook(({ dataset }) => useRecordFeedVersions(FEED, dataset), { initialProps: { dataset: september } });
    await waitFor(async () => expect(await listDatasetVersions(FEED.url)).toHaveLength(1));
    rerender({ dataset: makeDataset({ title: 'September' }) });
    rerender({ dataset: makeDataset({ title: 'October' }) });
    await waitFor(async () => expect((await listDatasetVersions(FEED.url)).map((v) => v.summary.title)).toEqual(['October', 'September']));
  });

  it('leaves imports to the import itself, and waits for figures', async () => {
    renderHook(() => useRecordFeedVersions({ kind: 'imported', versionId: 'import-1' }, makeDataset()));
    renderHook(() => useRecordFeedVersions(FEED, undefined));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await listDatasetVersions(IMPORT_SOURCE)).toEqual([]);
    expect(await listDatasetVersions(FEED.url)).toEqual([]);
  });
});
