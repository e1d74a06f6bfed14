import { screen, within } from '@testing-library/react';
import { renderApp } from '../fixtures/render-app';
import { stubFetch } from '../fixtures/stub-fetch';
import { makeDataset } from '../fixtures/make-dataset';

const FOREIGN = 'https://evil.example/feeds/figures.json';

describe("figures from another site's feed", () => {
  beforeEach(() => {
    stubFetch({ '/feeds/figures.json': { json: makeDataset({ title: 'Made-up figures' }) } });
  });

  it('are shown under a banner naming the site, on the overview and on a measure page', async () => {
    const { user } = renderApp(`/?data=${encodeURIComponent(FOREIGN)}`);
    await screen.findByRole('heading', { level: 1, name: 'Made-up figures' });
    const banner = screen.getByRole('region', { name: 'Figures from another site' });
    expect(banner).toHaveTextContent("Not the council's published figures: these come from https://evil.example");
    await user.click(screen.getAllByRole('link', { name: /Monthly % of referrals completed within 1 working day/ })[0]!);
    await screen.findByRole('heading', { level: 1, name: /Monthly % of referrals completed within 1 working day/ });
    expect(screen.getByRole('region', { name: 'Figures from another site' })).toHaveTextContent('https://evil.example');
  });

  it('are shown under the banner on every slide', async () => {
    const { user } = renderApp(`/present?data=${encodeURIComponent(FOREIGN)}`);
    const slide = await screen.findByRole('region', { name: /^Slide 1 of/ });
    // The presentation's own screen (slide-room), not the page's banner, which presenting hides.
    expect(within(slide.closest<HTMLElement>('.slide-room')!).getByRole('region', { name: 'Figures from another site' })).toHaveTextContent('https://evil.example');
    await user.keyboard('{ArrowRight}');
    await screen.findByRole('region', { name: /^Slide 2 of/ });
    expect(screen.getByRole('region', { name: 'Figures from another site' })).toBeInTheDocument();
  });

  it('do not carry the banner when the feed is on this site', async () => {
    renderApp('/?data=/feeds/figures.json');
    await screen.findByRole('heading', { level: 1, name: 'Made-up figures' });
    expect(screen.queryByRole('region', { name: 'Figures from another site' })).not.toBeInTheDocument();
  });
});
