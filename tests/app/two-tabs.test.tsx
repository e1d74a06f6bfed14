import 'fake-indexeddb/auto';
import { act, screen, within } from '@testing-library/react';
import { renderApp } from '../fixtures/render-app';
import { stubFetch } from '../fixtures/stub-fetch';
import { makeDataset } from '../fixtures/make-dataset';
import { resetStoredData } from '../fixtures/reset-stored-data';
import { saveImportedDataset } from '../../src/data/persist/imported-dataset-db';
import { IMPORT_SOURCE, recordDatasetVersion } from '../../src/data/persist/dataset-versions-db';
import { writeImportPointer } from '../../src/data/persist/import-pointer';
import type { DataChange } from '../../src/data/persist/data-change-channel';

/** Figures told apart by their authority, which the header shows from the same dataset as every figure on screen. */
function figures(authority: string) {
  const dataset = makeDataset({ title: `${authority} figures` });
  dataset.authority.name = authority;
  return dataset;
}
// A page without tiles or charts: the header and source bar are what this test reads, and it renders quickly.
const LIGHT_PAGE = '/data-checks';
// The app's own header comes first (the data checks page has one of its own).
const header = () => screen.getAllByRole('banner')[0]!;

/**
 * What tab B does when it imports a file: keeps it in the shared store, chooses it, and tells the other tabs. Inside
 * act(), with time for the message to arrive and this tab to read the store: the change comes from outside React.
 */
function importInOtherTab(title: string, fileName: string): Promise<void> {
  return act(async () => {
    await postImportFromOtherTab(title, fileName);
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
}

async function postImportFromOtherTab(title: string, fileName: string): Promise<void> {
  const { version, evicted } = await recordDatasetVersion(IMPORT_SOURCE, fileName, figures(title));
  writeImportPointer({ versionId: version.id, showing: true });
  const otherTab = new BroadcastChannel('csc-dashboard-data');
  const changes: DataChange[] = [
    { kind: 'recorded', version, evicted },
    { kind: 'import-shown', versionId: version.id, label: fileName },
  ];
  for (const change of changes) otherTab.postMessage(change);
  otherTab.close();
}

beforeEach(async () => {
  await resetStoredData();
  stubFetch({ '/data/indicators.json': { json: makeDataset() } });
});

describe('two tabs of the dashboard', () => {
  it('keep in step: an import in one shows in the other, and its source bar names what it shows', async () => {
    await saveImportedDataset(figures('Tab A Council'), 'a.csv', new Date(Date.now() - 60_000));
    const { user } = renderApp(LIGHT_PAGE);
    expect(await within((await screen.findAllByRole('banner'))[0]!).findByText('Tab A Council')).toBeInTheDocument();

    await importInOtherTab('Tab B Council', 'b.csv');
    expect(await within(header()).findByText('Tab B Council')).toBeInTheDocument();
    const source = screen.getByRole('region', { name: 'Data source' });
    expect(source).toHaveTextContent(/Imported fileb\.csv, imported/);
    expect(screen.getByText(/Another tab chose the imported file b\.csv: this tab now shows it too/)).toBeInTheDocument();

    // The reported bug: back to the bundled report, then "Use imported file", named B's file but showed A's figures.
    await user.click(within(source).getByRole('button', { name: 'Back to the bundled report' }));
    expect(await within(header()).findByText('Darlington Borough Council')).toBeInTheDocument();
    await user.click(within(source).getByRole('button', { name: 'Use imported file (b.csv)' }));
    expect(await within(header()).findByText('Tab B Council')).toBeInTheDocument();
    // Nothing was replaced: A's file is still in the history.
    await user.click(within(source).getByRole('button', { name: 'Import history (2)' }));
    expect(screen.getByRole('button', { name: 'Show a.csv' })).toBeInTheDocument();
  });

  it('leave a presenting tab on its frozen figures, saying newer ones exist, until it stops presenting', async () => {
    await saveImportedDataset(figures('Tab A Council'), 'a.csv', new Date(Date.now() - 60_000));
    const { user } = renderApp('/present');
    const slide = await screen.findByRole('region', { name: /^Slide 1 of/ });
    const heading = within(slide).getByRole('heading', { level: 1 }).textContent;

    await importInOtherTab('Tab B Council', 'b.csv');
    const notice = await screen.findByText(/Newer figures available:/);
    expect(notice.closest('[role="status"]')).toHaveTextContent(
      'Newer figures available: b.csv was imported in another tab. These slides keep their figures until you update them.',
    );
    expect(within(screen.getByRole('region', { name: /^Slide 1 of/ })).getByRole('heading', { level: 1 })).toHaveTextContent(heading!);

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tab B Council figures' })).toBeInTheDocument();
  });
});
