import { screen, within } from '@testing-library/react';
import { renderApp } from '../fixtures/render-app';
import { stubFetch } from '../fixtures/stub-fetch';
import { makeDataset } from '../fixtures/make-dataset';

describe('the dashboard shell', () => {
  it('shows a loading state, then the report grouped by service area', async () => {
    stubFetch({ '/data/indicators.json': { json: makeDataset(), delayMs: 20 } });
    renderApp('/');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading indicator data');

    expect(await screen.findByRole('heading', { level: 1, name: "Children's Social Care Performance & Practice Report" })).toBeInTheDocument();
    expect(screen.getByText('Darlington Borough Council')).toBeInTheDocument();
    expect(screen.getByText(/Data as at 30 September 2023/)).toBeInTheDocument();
    const frontDoor = screen.getByRole('region', { name: /^Front door and early help/ });
    expect(within(frontDoor).getByRole('link', { name: 'Monthly % of referrals completed within 1 working day' })).toBeInTheDocument();
    expect(within(frontDoor).queryByRole('link', { name: 'Total number of Children in Care' })).not.toBeInTheDocument();
  });

  it('explains a missing data file instead of showing a blank page', async () => {
    stubFetch({ '/data/indicators.json': { status: 404, body: 'Not found' } });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The indicator data file is missing' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('says the file is not JSON when the host serves a web page in its place', async () => {
    stubFetch({ '/data/indicators.json': { body: '<!DOCTYPE html><html></html>', contentType: 'text/html' } });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'The indicator data is not a JSON file' })).toBeInTheDocument();
  });

  it('lists validation errors with the path of each field', async () => {
    const dataset = makeDataset();
    dataset.measures[1]!.monthly[4]!.value = 600;
    dataset.measures[2]!.serviceArea = 'unknown-area';
    stubFetch({ '/data/indicators.json': { json: dataset } });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The indicator data has problems' })).toBeInTheDocument();
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'measures[1].monthly[4].value: a percentage must be between 0 and 100 (got 600)',
      'measures[2].serviceArea: unknown service area "unknown-area"',
    ]);
  });

  it('recovers when "Try again" succeeds', async () => {
    let calls = 0;
    stubFetch({ '/data/indicators.json': () => (++calls === 1 ? { status: 503, body: 'busy' } : { json: makeDataset() }) });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Performance & Practice Report/ })).toBeInTheDocument();
  });

  it('shows "not found" with a way back for an unknown address', async () => {
    stubFetch({ '/data/indicators.json': { json: makeDataset() } });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  });
});
