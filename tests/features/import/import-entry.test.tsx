import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../../fixtures/render-app';
import { stubFetch } from '../../fixtures/stub-fetch';
import { makeDataset } from '../../fixtures/make-dataset';
import { readImportState, saveImportedDataset } from '../../../src/data/persist/imported-dataset-db';
import { resetStoredData } from '../../fixtures/reset-stored-data';

const BUNDLED_TITLE = "Children's Social Care Performance & Practice Report";
const fixtureFile = (name: string) => new File([readFileSync(`tests/fixtures/import/${name}`)], name, { type: 'text/csv' });

beforeEach(async () => {
  await resetStoredData();
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
    expect((await readImportState()).current?.fileName).toBe('good.csv');
  });

  it('brings a stored import back on a new page, puts it aside, chooses it again and deletes it, asked twice', async () => {
    await saveImportedDataset(makeDataset({ title: 'Imported performance extract' }), 'good.csv');
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the bundled report' }));
    expect(await screen.findByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use imported file (good.csv)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Import history (1)' }));
    const history = screen.getByRole('region', { name: 'Imported files in this browser' });
    expect(history).toHaveTextContent(/good\.csv, imported at \d\d:\d\d:\d\dOn screen/);
    expect(history).toHaveTextContent('Darlington Borough Council · 3 measures · figures to September 2023 · data as at 30 September 2023');
    await user.click(within(history).getByRole('button', { name: 'Delete good.csv' }));
    await user.click(within(history).getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: 'Delete good.csv' }));
    await user.click(within(history).getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Use imported file/ })).not.toBeInTheDocument();
    expect(await readImportState()).toEqual({ current: null, history: [] });
  });

  it('keeps both of two imports, and switches between them from the history', async () => {
    await saveImportedDataset(makeDataset({ title: 'September extract' }), 'september.csv', new Date(Date.now() - 60_000));
    await saveImportedDataset(makeDataset({ title: 'October extract' }), 'october.csv');
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'October extract' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import history (2)' }));
    await user.click(screen.getByRole('button', { name: 'Show september.csv' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'September extract' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Data source' })).toHaveTextContent(/Source: Imported fileseptember\.csv, imported/);
    expect((await readImportState()).current).toMatchObject({ fileName: 'september.csv', active: true });
  });

  it('says before and after which old import a new one pushes out of the history', async () => {
    for (let i = 0; i < 10; i += 1) await saveImportedDataset(makeDataset({ title: `Extract ${i}` }), `extract-${i}.csv`, new Date(Date.now() - (20 - i) * 60_000));
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Extract 9' });
    await user.click(screen.getByRole('button', { name: 'Import data…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import data' });
    await user.upload(within(dialog).getByLabelText('Choose a CSV or JSON file'), fixtureFile('good.csv'));
    expect(await within(dialog).findByText(/This browser keeps your last 10 imports: using this file removes the oldest, extract-0\.csv \(imported/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Use this data' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeInTheDocument();
    const notice = await screen.findByText(/extract-0\.csv \(imported .*\) was removed from this browser's import history to make room: it keeps the last 10 imports/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
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
