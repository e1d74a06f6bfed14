import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { renderApp } from '../../fixtures/render-app';
import { stubFetch } from '../../fixtures/stub-fetch';

const bundled = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as unknown;

describe('the data checks route', () => {
  beforeEach(() => {
    stubFetch({ '/data/indicators.json': { json: bundled } });
  });

  it('lists the bundled report’s findings and keeps the chosen kind in the URL', async () => {
    const { user, router } = renderApp('/data-checks');
    expect(await screen.findByRole('heading', { level: 1, name: 'Data checks' })).toBeInTheDocument();
    expect(screen.getByText(/^16 warnings, 33 for information$/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'month-gap');
    expect(router.state.location.searchStr).toBe('?kind=month-gap');
    expect(screen.getAllByText(/no figure for Jun–Aug 2023, between May 2023 \(1\) and Sep 2023 \(5\)/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/"decrease" is said of 123 against 118/)).not.toBeInTheDocument();
  });

  it('opens on a kind from a shared link, and ignores an unknown one', async () => {
    renderApp('/data-checks?kind=narrative-direction');
    expect(await screen.findByText(/"decrease" is said of 123 against 118/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Show' })).toHaveValue('narrative-direction');
  });
});
