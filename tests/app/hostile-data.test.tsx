import { screen, within } from '@testing-library/react';
import { renderApp } from '../fixtures/render-app';
import { stubFetch } from '../fixtures/stub-fetch';
import { makeDataset } from '../fixtures/make-dataset';

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMAGE = '<img src="x" onerror="window.__pwned = 1">';
const LINK = 'javascript:window.__pwned = 1';

function hostileDataset() {
  const dataset = makeDataset({ title: `Report ${SCRIPT}` });
  dataset.authority.name = `Council ${IMAGE}`;
  dataset.measures[0]!.title = `Referrals ${IMAGE}`;
  dataset.measures[0]!.notes = [LINK];
  dataset.sections[0]!.analysis = [{ type: 'list', items: [SCRIPT, LINK] }];
  return dataset;
}

describe('hostile text in the data', () => {
  afterEach(() => {
    delete (window as unknown as { __pwned?: number }).__pwned;
  });

  it('is shown as text on the overview and the measure page, and runs nothing', async () => {
    stubFetch({ '/data/indicators.json': { json: hostileDataset() } });
    const { container, user } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: `Report ${SCRIPT}` })).toBeInTheDocument();
    expect(screen.getByText(`Council ${IMAGE}`)).toBeInTheDocument();
    const link = screen.getAllByRole('link', { name: `Referrals ${IMAGE}` })[0]!;
    expect(container.querySelectorAll('script, img, iframe')).toHaveLength(0);

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`Referrals ${escape(IMAGE)}$`) })).toBeInTheDocument();
    expect(container.querySelectorAll('script, img, iframe')).toHaveLength(0);
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.toContain(LINK);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('text from the data that would change the direction of ours', () => {
  it('is kept apart from the header, its controls closed, so "Data as at" reads as written', async () => {
    const dataset = makeDataset();
    dataset.authority.name = 'Darlington Borough Council\u202e';
    stubFetch({ '/data/indicators.json': { json: dataset } });
    renderApp('/');
    const header = await screen.findByRole('banner');
    const name = await within(header).findByText(/Darlington Borough Council/);
    expect(name.tagName).toBe('BDI');
    // Isolated and closed inside its own text, whatever element shows it (a slide, a chart image, the print header).
    expect(name.textContent).toBe('\u2068Darlington Borough Council\u202e\u202c\u2069');
    expect(within(header).getByText('Data as at 30 September 2023')).toBeInTheDocument();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
