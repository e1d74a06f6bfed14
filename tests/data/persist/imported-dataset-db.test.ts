import 'fake-indexeddb/auto';
import {
  clearImportedDataset,
  readImportedDataset,
  readImportedMeta,
  saveImportedDataset,
  setImportedActive,
} from '../../../src/data/persist/imported-dataset-db';
import { DatasetLoadError } from '../../../src/data/load/dataset-load-error';
import { makeDataset } from '../../fixtures/make-dataset';

beforeEach(async () => {
  await clearImportedDataset();
});

describe('the imported dataset store (IndexedDB)', () => {
  it('keeps an imported dataset and which file it came from, as the active source', async () => {
    const dataset = makeDataset({ title: 'Imported' });
    const meta = await saveImportedDataset(dataset, 'october.csv', new Date('2023-11-02T09:30:00Z'));
    expect(meta).toEqual({ fileName: 'october.csv', importedAt: '2023-11-02T09:30:00.000Z', active: true });
    expect(await readImportedMeta()).toEqual(meta);
    expect((await readImportedDataset()).title).toBe('Imported');
  });

  it('can be put aside and chosen again, then cleared', async () => {
    await saveImportedDataset(makeDataset(), 'october.csv');
    expect((await setImportedActive(false))?.active).toBe(false);
    expect((await readImportedMeta())?.active).toBe(false);
    expect((await setImportedActive(true))?.active).toBe(true);
    await clearImportedDataset();
    expect(await readImportedMeta()).toBeNull();
    expect(await setImportedActive(true)).toBeNull();
  });

  it('says the import is gone when asked for a dataset that is not stored', async () => {
    const error = await readImportedDataset().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).message).toBe('The imported data is no longer stored in this browser. Import the file again.');
  });
});
