import { screen, within } from '@testing-library/react';
import { renderApp } from '../../fixtures/render-app';
import { stubFetch } from '../../fixtures/stub-fetch';
import { makeMeasureDataset } from '../../fixtures/make-measure-dataset';

beforeEach(() => {
  window.localStorage.clear();
  stubFetch({ '/data/indicators.json': { json: makeMeasureDataset() } });
});

async function openMeasure(url: string) {
  const app = renderApp(url);
  await screen.findByRole('heading', { level: 1 });
  return app;
}

/** Lets a navigation that should not happen have its chance to happen before asserting it did not. */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 50));
}

function navigation() {
  return within(screen.getByRole('navigation', { name: 'Previous and next measure' }));
}

describe('previous and next measure', () => {
  it("follows the overview's order: service areas as listed, then the data's order", async () => {
    await openMeasure('/measure/csc-026');
    expect(navigation().getByText('Measure 2 of 5 in the overview')).toBeInTheDocument();
    expect(navigation().getByRole('link', { name: 'Previous: CSC 022: Monthly % of referrals completed within 1 working day' })).toHaveAttribute(
      'href',
      '/measure/csc-022',
    );
    expect(navigation().getByRole('link', { name: /^Next: CSC 178/ })).toHaveAttribute('href', '/measure/csc-178');
  });

  it("keeps to the overview's filters and carries them in the links", async () => {
    await openMeasure('/measure/csc-026?area=front-door&period=2023-08');
    expect(navigation().getByText("Measure 2 of 2 matching the overview's filters")).toBeInTheDocument();
    expect(navigation().getByRole('link', { name: /^Previous: CSC 022/ })).toHaveAttribute('href', '/measure/csc-022?area=front-door&period=2023-08');
    expect(navigation().queryByRole('link', { name: /^Next:/ })).toBeNull();
    expect(navigation().getByText('Last measure')).toBeInTheDocument();
  });

  it('filters by status for the period shown, and falls back to every measure when this one is outside the filters', async () => {
    // In Aug 2023 CSC 022 (65.0%) and CSC 026 (6.0% against 5%: near) differ; only CSC 022 and CSC 176 are off target.
    const first = await openMeasure('/measure/csc-022?status=off&period=2023-08');
    expect(navigation().getByText("Measure 1 of 2 matching the overview's filters")).toBeInTheDocument();
    expect(navigation().getByRole('link', { name: /^Next: CSC 176/ })).toBeInTheDocument();
    first.unmount();

    await openMeasure('/measure/csc-201?status=off&period=2023-08');
    expect(navigation().getByText(/Measure 5 of 5 in the overview \(this measure is outside the overview's filters/)).toBeInTheDocument();
    expect(navigation().getByRole('link', { name: /^Previous: CSC 176/ })).toBeInTheDocument();
  });

  it('moves with "]" and "[", keeping the filters, and puts focus on the new title', async () => {
    const { user, router } = await openMeasure('/measure/csc-022?period=2023-08');
    expect(screen.getByText(/Shortcuts:/)).toHaveTextContent('Shortcuts: [ previous, ] next');
    await user.keyboard(']');
    expect(await screen.findByRole('heading', { level: 1, name: /^CSC 026/ })).toHaveFocus();
    expect(router.state.location.href).toBe('/measure/csc-026?period=2023-08');
    // user-event reads "[" as the start of a key name, so a literal "[" is typed as "[[".
    await user.keyboard('[[');
    expect(await screen.findByRole('heading', { level: 1, name: /^CSC 022/ })).toBeInTheDocument();
    // Nothing before the first measure.
    await user.keyboard('[[');
    await settle();
    expect(router.state.location.pathname).toBe('/measure/csc-022');
  });

  it('ignores the keys while a form field has focus, and when switched off', async () => {
    const { user, router } = await openMeasure('/measure/csc-022');
    screen.getByRole('combobox', { name: 'Period' }).focus();
    await user.keyboard(']');
    await settle();
    expect(router.state.location.pathname).toBe('/measure/csc-022');

    await user.click(screen.getByRole('checkbox', { name: 'Use keyboard shortcuts' }));
    expect(screen.getByRole('checkbox', { name: 'Use keyboard shortcuts' })).not.toBeChecked();
    await user.click(document.body);
    await user.keyboard(']');
    await settle();
    expect(router.state.location.pathname).toBe('/measure/csc-022');
    expect(window.localStorage.getItem('csc-dashboard.measure-shortcuts')).toBe('off');
  });
});
