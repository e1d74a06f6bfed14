import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { makeDataset } from '../../fixtures/make-dataset';
import { renderApp } from '../../fixtures/render-app';
import { stubFetch } from '../../fixtures/stub-fetch';

const bundled = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as unknown;

describe('Data checks', () => {
  it('counts the findings on the bundled report and groups them by measure, each with kind, period, figures and a link', async () => {
    stubFetch({ '/data/indicators.json': { json: bundled } });
    renderApp('/data-checks');
    expect(await screen.findByRole('heading', { level: 1, name: 'Data checks' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^16 warnings, \d+ for information$/);
    const section = screen.getByRole('region', { name: 'CSC 208b Cumulative number of children coming into care (1)' });
    expect(within(section).getByText('Children in Care: coming into care')).toBeInTheDocument();
    const [item] = within(section).getAllByRole('listitem');
    expect(item).toHaveTextContent('Warning · Year to date vs sum of months · Jul 2023');
    expect(item).toHaveTextContent('year to date 68 but the running sum of CSC 209 (Monthly number of children coming into care) is 69');
    expect(within(item!).getByRole('link', { name: 'Open CSC 208b at Jul 2023' })).toHaveAttribute('href', '/measure/csc-208b?period=2023-07');
  });

  it('filters by kind', async () => {
    stubFetch({ '/data/indicators.json': { json: bundled } });
    const { user } = renderApp('/data-checks');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Show' }), 'Narrative direction contradicted (1)');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['CSC 182 Number of children subject to a CP plan (1)']);
    expect(within(screen.getByRole('main')).getByRole('region', { name: /^CSC 182/ })).toHaveTextContent('"decrease" is said of 123 against 118, but 123 is more than 118');
  });

  it('says so when there is nothing to report', async () => {
    const clean = makeDataset();
    clean.sections = clean.sections.map((s) => ({ ...s, analysis: [] }));
    stubFetch({ '/data/indicators.json': { json: clean } });
    renderApp('/data-checks');
    expect(await screen.findByText('No findings: the figures agree with each other and with the narrative.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 warnings, 0 for information');
  });
});
