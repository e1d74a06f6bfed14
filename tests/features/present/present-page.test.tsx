import { act, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../fixtures/render-app';
import { stubFetch } from '../../fixtures/stub-fetch';
import { makeDataset } from '../../fixtures/make-dataset';

beforeEach(() => {
  stubFetch({ '/data/indicators.json': { json: makeDataset() } });
});

const slideHeading = () => screen.getByRole('heading', { level: 1 }).textContent;
const counter = () => screen.getByText(/\d+ \/ \d+/).textContent;

describe('presentation mode', () => {
  it('shows one slide per measure in the overview order, with a counter', async () => {
    renderApp('/present');
    expect(await screen.findByRole('heading', { level: 1, name: 'CSC 022: Monthly % of referrals completed within 1 working day' })).toBeInTheDocument();
    expect(counter()).toBe('Slide 1 / 3');
    expect(screen.getByText('81.3%')).toBeInTheDocument();
    expect(screen.getByText('Off target')).toBeInTheDocument();
    expect(screen.getByText('In Q2 2023/24, 78.0% of children had their referral completed within 1 working day.')).toBeInTheDocument();
  });

  it('moves with the keys presentation clickers send and keeps the slide in the URL', async () => {
    const { user, router } = renderApp('/present?period=2023-08');
    await screen.findByRole('heading', { level: 1 });

    await user.keyboard('{ArrowRight}');
    expect(slideHeading()).toBe('CSC 026: Monthly % of referrals completed in over 3 working days');
    expect(router.state.location.searchStr).toBe('?period=2023-08&slide=2');

    await user.keyboard('{PageDown}');
    expect(slideHeading()).toBe('CSC 201: Total number of Children in Care');
    await user.keyboard('{ArrowRight}');
    expect(counter()).toBe('Slide 3 / 3');

    await user.keyboard('{PageUp}');
    expect(counter()).toBe('Slide 2 / 3');
    await user.keyboard('{Home}');
    expect(counter()).toBe('Slide 1 / 3');
    await user.keyboard('{End}');
    expect(counter()).toBe('Slide 3 / 3');
    await user.keyboard('{ArrowLeft}');
    expect(counter()).toBe('Slide 2 / 3');
  });

  it('jumps to a typed slide number on Enter', async () => {
    const { user } = renderApp('/present');
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('3');
    expect(screen.getByText('Go to slide 3… (Enter)')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(counter()).toBe('Slide 3 / 3');
  });

  it('opens the same slide from a shared link, within the overview filters', async () => {
    renderApp('/present?area=front-door&slide=2');
    expect(await screen.findByRole('heading', { level: 1, name: /^CSC 026/ })).toBeInTheDocument();
    expect(counter()).toBe('Slide 2 / 2');
  });

  it('groups measures into one slide per section on request', async () => {
    const { user, router } = renderApp('/present');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Section' }));
    expect(slideHeading()).toBe('Referrals: timeliness');
    expect(counter()).toBe('Slide 1 / 2');
    expect(screen.getByText(/CSC 026: Monthly % of referrals completed in over 3 working days/)).toBeInTheDocument();
    expect(router.state.location.searchStr).toBe('?slide=1&by=section');
  });

  it('starts at a measure from its page and returns there on Esc, keeping the filters', async () => {
    const { user, router } = renderApp('/measure/csc-026?period=2023-08');
    await user.click(await screen.findByRole('link', { name: 'Present' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^CSC 026/ })).toBeInTheDocument();
    expect(counter()).toBe('Slide 2 / 3');

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: /^CSC 026/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/measure/csc-026');
    expect(router.state.location.searchStr).toBe('?period=2023-08');
    // Esc stepped back in the history rather than adding the measure page again: Forward returns to the slides.
    act(() => router.history.forward());
    await waitFor(() => expect(router.state.location.pathname).toBe('/present'));
  });

  it('says so when no measure matches the filters', async () => {
    renderApp('/present?q=nothing-matches');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nothing to present' })).toBeInTheDocument();
  });
});
