import { screen, within } from '@testing-library/react';
import { renderApp } from '../fixtures/render-app';
import { stubFetch, type StubResponse } from '../fixtures/stub-fetch';
import { makeDataset } from '../fixtures/make-dataset';

const FEED = '/feeds/test.json';

function october() {
  const dataset = makeDataset({ title: 'Live feed report' });
  dataset.reportingPeriod.asAt = '2023-10-31';
  dataset.measures[0]!.monthly[6]!.value = 91.2;
  return dataset;
}

describe('a live feed opened with ?data=', () => {
  it('shows the source, picks up new figures with a notice, then keeps them under a stale banner when the feed fails', async () => {
    let answer: StubResponse = { json: makeDataset({ title: 'Live feed report' }) };
    stubFetch({ [FEED]: () => answer });
    const { user } = renderApp(`/?data=${FEED}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Live feed report' })).toBeInTheDocument();
    const source = screen.getByRole('region', { name: 'Data source' });
    expect(source).toHaveTextContent('Source: Feed from a link');
    expect(source).toHaveTextContent(FEED);
    expect(source).toHaveTextContent(/Last checked at \d\d:\d\d:\d\d/);

    answer = { json: october() };
    await user.click(within(source).getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('October 2023 figures added', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/Data as at 31 October 2023/)).toBeInTheDocument();
    expect(screen.getAllByText('91.2%').length).toBeGreaterThan(0);

    answer = { status: 500, body: 'Internal error' };
    await user.click(within(source).getByRole('button', { name: 'Refresh' }));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(/Stale: showing the figures last updated at \d\d:\d\d:\d\d\./);
    expect(banner).toHaveTextContent('The feed failed because the server answered 500 (a server error) for /feeds/test.json.');
    expect(screen.getByRole('heading', { level: 1, name: 'Live feed report' })).toBeInTheDocument();
    expect(screen.getAllByText('91.2%').length).toBeGreaterThan(0);

    answer = { body: '<!doctype html><html></html>', contentType: 'text/html' };
    await user.click(within(banner).getByRole('button', { name: 'Try again now' }));
    expect(await screen.findByText(/returned a web page, not JSON/)).toBeInTheDocument();
    expect(screen.getAllByText('91.2%').length).toBeGreaterThan(0);

    answer = { json: october() };
    await user.click(screen.getByRole('button', { name: 'Try again now' }));
    await screen.findByText(/Last checked/);
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('dismisses the change notice', async () => {
    let answer: StubResponse = { json: makeDataset() };
    stubFetch({ [FEED]: () => answer });
    const { user } = renderApp(`/?data=${FEED}`);
    await screen.findByRole('heading', { level: 1 });
    answer = { json: october() };
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    const notice = await screen.findByText('October 2023 figures added', { exact: false });
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(notice).not.toBeInTheDocument();
  });

  it('goes back to the bundled report', async () => {
    stubFetch({ [FEED]: { json: makeDataset({ title: 'Live feed report' }) }, '/data/indicators.json': { json: makeDataset() } });
    const { user, router } = renderApp(`/?data=${FEED}`);
    await screen.findByRole('heading', { level: 1, name: 'Live feed report' });
    await user.click(screen.getByRole('button', { name: 'Back to the bundled report' }));
    expect(await screen.findByRole('heading', { level: 1, name: "Children's Social Care Performance & Practice Report" })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Data source' })).toHaveTextContent('Source: Bundled report');
    expect(router.state.location.search).not.toHaveProperty('data');
  });

  it('refuses a javascript: address, says so, and shows the bundled report', async () => {
    const fetchStub = stubFetch({ '/data/indicators.json': { json: makeDataset() } });
    renderApp('/?data=javascript:alert(1)');
    expect(await screen.findByRole('heading', { level: 1, name: "Children's Social Care Performance & Practice Report" })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Data source' })).toHaveTextContent(
      'The javascript: data address in the link was ignored: only http(s) addresses or paths on this site can be opened. Showing the bundled report instead.',
    );
    expect(fetchStub.mock.calls.map(([url]) => String(url))).toEqual(['/data/indicators.json']);
  });

  it('shows the error panel when the very first load of a feed fails', async () => {
    stubFetch({ [FEED]: { body: '{"schemaVersion": 1, "measures": [' } });
    renderApp(`/?data=${FEED}`);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The indicator data is not a JSON file' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back to the bundled report' })).toBeInTheDocument();
  });
});
