import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../../fixtures/render-app';
import { stubFetch } from '../../fixtures/stub-fetch';
import { makeDataset } from '../../fixtures/make-dataset';
import { clearImportedDataset, readImportedMeta, saveImportedDataset } from '../../../src/data/persist/imported-dataset-db';

const BUNDLED_TITLE = "Children's Social Care Performance & Practice Report";
const fixtureFile = (name: string) => new File([readFileSync(`tests/fixtures/import/${name}`)], name, { type: 'text/csv' });

beforeEach(async () => {
  await clearImportedDataset();
  stubFetch({ '/data/indicators.json': { json: makeDataset() } });
});

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('heading', { level: 1, name: BUNDLED_TITLE });
  await user.click(screen.getByRole('button', { name: 'Import data…' }));
  return screen.getByRole('dialog', { name: 'Import data' });
}

describe('importing a file', () => {
  it('previews a good CSV and uses it', async () => {
    const { user } = renderApp('/');
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Choose a CSV or JSON file'), fixtureFile('good.csv'));
    expect(
      await within(dialog).findByText(
        'good.csv is ready: 3 measures in 3 sections for Darlington Borough Council, figures for Apr–Oct 2023, data as at 31 October 2023.',
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Use this data' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Data source' })).toHaveTextContent(/Source: Imported filegood\.csv, imported at \d\d:\d\d:\d\d/);
    expect((await readImportedMeta())?.fileName).toBe('good.csv');
  });

  it('brings a stored import back on a new page, puts it aside, chooses it again and clears it', async () => {
    await saveImportedDataset(makeDataset({ title: 'Imported performance extract' }), 'good.csv');
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the bundled report' }));
    expect(await screen.findByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use imported file (good.csv)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear imported data' }));
    expect(await screen.findByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Use imported file/ })).not.toBeInTheDocument();
    expect(await readImportedMeta()).toBeNull();
  });

  it('lists every problem in a bad CSV, offers no way to use it, and leaves the report as it was', async () => {
    const { user } = renderApp('/');
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Choose a CSV or JSON file'), fixtureFile('bad.csv'));
    expect(await within(dialog).findByText('bad.csv was not loaded')).toBeInTheDocument();
    const problems = within(within(dialog).getByRole('list', { name: 'Problems in bad.csv' })).getAllByRole('listitem');
    expect(problems).toHaveLength(9);
    expect(problems[0]).toHaveTextContent('Row 2, column value: a percentage must be between 0 and 100 (got 182.4)');
    expect(within(dialog).getByText('Nothing you had before has changed.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Use this data' })).not.toBeInTheDocument();

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Data source' })).toHaveTextContent('Source: Bundled report');
  });

  it('opens the import with a file dropped anywhere on the page', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: BUNDLED_TITLE });
    const dataTransfer = { types: ['Files'], files: [fixtureFile('good.csv')], dropEffect: 'none' };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByText('Drop a CSV or JSON file to import it')).toBeInTheDocument();
    fireEvent.drop(window, { dataTransfer });
    expect(screen.queryByText('Drop a CSV or JSON file to import it')).not.toBeInTheDocument();
    const dialog = screen.getByRole('dialog', { name: 'Import data' });
    expect(await within(dialog).findByText(/^good\.csv is ready/)).toBeInTheDocument();
  });

  it('ignores drags that carry no file, such as selected text', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: BUNDLED_TITLE });
    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByText('Drop a CSV or JSON file to import it')).not.toBeInTheDocument();
  });

  it('refuses a file over 25 MB with a clear message', async () => {
    const { user } = renderApp('/');
    const dialog = await openDialog(user);
    const huge = new File([new Uint8Array(26 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' });
    await user.upload(within(dialog).getByLabelText('Choose a CSV or JSON file'), huge);
    expect(await within(dialog).findByText('huge.csv is too large (26.0 MB): files over 25.0 MB are refused. Split it, or leave out years the dashboard does not need.')).toBeInTheDocument();
  });
});
