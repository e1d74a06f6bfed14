import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetSchema } from '../../../src/data/contract/indicator-schema';
import { DataChecks } from '../../../src/features/data-checks/data-checks-page';
import { makeDataset } from '../../fixtures/make-dataset';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));

describe('Data checks', () => {
  it('counts the findings on the bundled report and groups them by kind, with measure, period and figures', () => {
    render(<DataChecks dataset={bundled} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Data checks' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^16 warnings, \d+ for information$/);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 5)).toEqual([
      'Year to date vs sum of months (1)',
      'Percentage vs its fraction (5)',
      'Missing months (7)',
      'Narrative direction contradicted (1)',
      'Narrative percentage truncated (2)',
    ]);
    const ytd = screen.getByRole('table', { name: 'Year to date vs sum of months' });
    const [, row] = within(ytd).getAllByRole('row');
    expect(within(row!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'CSC 208b Cumulative number of children coming into care',
      'Children in Care: coming into care',
      'Jul 2023',
      'CSC 208b (Cumulative number of children coming into care) 2023-07: year to date 68 but the running sum of CSC 209 (Monthly number of children coming into care) is 69',
    ]);
  });

  it('filters by kind', async () => {
    const user = userEvent.setup();
    render(<DataChecks dataset={bundled} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Narrative direction contradicted (1)');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Narrative direction contradicted (1)']);
    expect(screen.getByRole('table')).toHaveTextContent('"decrease" is said of 123 against 118, but 123 is more than 118');
  });

  it('hands the filter to the caller when controlled (for keeping it in the URL)', async () => {
    const user = userEvent.setup();
    const onKindChange = vi.fn();
    render(<DataChecks dataset={bundled} kind="month-gap" onKindChange={onKindChange} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Missing months (7)']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'All checks');
    expect(onKindChange).toHaveBeenCalledWith('all');
  });

  it('says so when there is nothing to report', () => {
    const clean = makeDataset();
    clean.sections = clean.sections.map((s) => ({ ...s, analysis: [] }));
    render(<DataChecks dataset={clean} />);
    expect(screen.getByRole('status')).toHaveTextContent('0 warnings, 0 for information');
    expect(screen.getByText('No findings: the figures agree with each other and with the narrative.')).toBeInTheDocument();
  });
});
