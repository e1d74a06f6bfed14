import { screen } from '@testing-library/react';
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
