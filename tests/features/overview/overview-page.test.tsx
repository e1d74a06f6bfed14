import { screen, within } from '@testing-library/react';
import { renderApp } from '../../fixtures/render-app';
import { stubFetch } from '../../fixtures/stub-fetch';
import { makeDataset } from '../../fixtures/make-dataset';

function tiles() {
  return screen.queryAllByRole('article');
}

function tileFor(code: string) {
  const tile = tiles().find((t) => within(t).queryByText(code));
  if (!tile) throw new Error(`no tile for ${code}`);
  return tile;
}

function codesShown() {
  return tiles().map((t) => t.querySelector('span')?.textContent);
}

beforeEach(() => {
  stubFetch({ '/data/indicators.json': { json: makeDataset() } });
});

describe('overview', () => {
  it('opens on the latest reported month with a tile per measure', async () => {
    renderApp('/');
    // The page's own line; the print-only line under the period control says it again for paper.
    expect((await screen.findByText(/report · Showing/)).querySelector('strong')).toHaveTextContent('Sep 2023');
    expect(codesShown()).toEqual(['CSC 022', 'CSC 026', 'CSC 201']);

    const referrals = tileFor('CSC 022');
    expect(within(referrals).getByText('81.3%')).toBeInTheDocument();
    expect(within(referrals).getByText('Target 90%')).toBeInTheDocument();
    expect(within(referrals).getByText('Off target')).toBeInTheDocument();
    expect(within(referrals).getByText('8.7 pp below the 90% target')).toBeInTheDocument();
    expect(within(referrals).getByText('Improving: up 16.3 pp on Aug 2023')).toBeInTheDocument();
    expect(within(referrals).getByRole('link', { name: 'Monthly % of referrals completed within 1 working day' })).toHaveAttribute(
      'href',
      '/measure/csc-022',
    );

    const inCare = tileFor('CSC 201');
    expect(within(inCare).getByText('354')).toBeInTheDocument();
    expect(within(inCare).getByText('No target')).toBeInTheDocument();
    expect(within(inCare).getByText('No change on Aug 2023')).toBeInTheDocument();
  });

  it('counts statuses and filters the grid when a count is clicked, writing it to the URL', async () => {
    const { user, router } = renderApp('/');
    const strip = await screen.findByRole('region', { name: 'Status summary' });
    const off = within(strip).getByRole('button', { name: /1\s*Off target/ });
    expect(within(strip).getByRole('button', { name: /1\s*On target/ })).toBeInTheDocument();
    expect(within(strip).getByRole('button', { name: /1\s*No target/ })).toBeInTheDocument();

    await user.click(off);
    expect(off).toHaveAttribute('aria-pressed', 'true');
    expect(codesShown()).toEqual(['CSC 022']);
    expect(router.state.location.searchStr).toBe('?status=off');
  });

  it('searches by code or title and keeps the text in the URL', async () => {
    const { user, router } = renderApp('/');
    await user.type(await screen.findByRole('searchbox', { name: 'Search measures' }), '026');
    expect(codesShown()).toEqual(['CSC 026']);
    expect(router.state.location.searchStr).toBe('?q=026');

    await user.clear(screen.getByRole('searchbox', { name: 'Search measures' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search measures' }), 'children in care');
    expect(codesShown()).toEqual(['CSC 201']);
  });

  it('filters by service area with toggle buttons', async () => {
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: /Children in care \(1\)/ }));
    expect(codesShown()).toEqual(['CSC 201']);
    expect(router.state.location.searchStr).toBe('?area=children-in-care');
    expect(screen.getByRole('button', { name: /Children in care/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('restores filters and period from a shared link', async () => {
    renderApp('/?area=front-door&period=2023-24-Q2&status=off,on');
    expect((await screen.findByText(/report · Showing/)).querySelector('strong')).toHaveTextContent('Q2 2023/24');
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue('2023-24-Q2');
    expect(codesShown()).toEqual(['CSC 022', 'CSC 026']);
    // No numerators in this slice: the quarter falls back to the latest month, and says so.
    expect(within(tileFor('CSC 022')).getByText(/^Sep 2023 only, not the quarter/)).toBeInTheDocument();
    expect(within(tileFor('CSC 022')).getByText('Off target (Sep 2023 only)')).toBeInTheDocument();
  });

  it('changes period from the select', async () => {
    const { user, router } = renderApp('/');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Period' }), 'Aug 2023');
    expect(within(tileFor('CSC 022')).getByText('65.0%')).toBeInTheDocument();
    expect(within(tileFor('CSC 022')).getByText('25.0 pp below the 90% target')).toBeInTheDocument();
    expect(router.state.location.searchStr).toBe('?period=2023-08');
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const { user } = renderApp('/?q=nothing-like-this');
    expect(await screen.findByRole('heading', { name: 'No measures match these filters' })).toBeInTheDocument();
    // The highlights speak of the empty selection, not "every measure is on target".
    expect(screen.queryByText('Every measure with a target is on target.')).not.toBeInTheDocument();
    expect(screen.getAllByText('No measures match these filters.')).toHaveLength(2);
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' }).at(-1)!);
    expect(codesShown()).toHaveLength(3);
    expect(screen.getByRole('searchbox', { name: 'Search measures' })).toHaveValue('');
  });

  it('explains a link to a period the data does not have', async () => {
    renderApp('/?period=2019-20');
    expect(await screen.findByText(/asked for period “2019-20”, which this data does not cover/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue('2023-09');
  });

  it('lists measures needing attention, worst first, with links', async () => {
    renderApp('/?period=2023-08');
    const panel = await screen.findByRole('region', { name: 'Needs attention' });
    const items = within(panel).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'CSC 022: Monthly % of referrals completed within 1 working day',
      'CSC 026: Monthly % of referrals completed in over 3 working days',
    ]);
  });
});

describe('CSV export', () => {
  it('downloads the filtered measures for the selected period, with a BOM and the authority and period in the name', async () => {
    const blobs: Blob[] = [];
    // A subclass, so that jsdom's own URL is left as it was for the tests after this one.
    const createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:export');
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL, revokeObjectURL: () => {} }));
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });

    const { user } = renderApp('/?area=front-door&period=2023-08');
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));

    await vi.waitFor(() => expect(downloads).toEqual(['darlington-borough-council-aug-2023-indicators.csv']));
    const text = await blobs[0]!.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'measure_id,code,title,service_area,unit,polarity,period,period_label,value,numerator,denominator,previous_period,previous_value,target,status,better (+) / worse (-) than target,note,family,judged_against,' +
        'benchmark_year,benchmark_england,benchmark_region_name,benchmark_region,benchmark_neighbours_average,rank_of_authorities,authorities_ranked,quartile_band',
    );
    expect(lines.slice(1)).toEqual([
      // No benchmarks in this data: the eight benchmark columns are empty.
      // CSC 026 is lower-is-better: 6% against a 5% target is worse, so -1, not the +1 of 6 - 5.
      'csc-022,CSC 022,Monthly % of referrals completed within 1 working day,Front door and early help,percent,higher is better,2023-08,Aug 2023,65,,,Jul 2023,86.3,90,Off target,-25,,,90,,,,,,,,',
      'csc-026,CSC 026,Monthly % of referrals completed in over 3 working days,Front door and early help,percent,lower is better,2023-08,Aug 2023,6,,,Jul 2023,1,5,Near target,-1,,,5,,,,,,,,',
    ]);
  });
});

describe('meeting and analyst actions', () => {
  it('offers to present the current filter', async () => {
    renderApp('/?area=front-door');
    expect(await screen.findByRole('link', { name: 'Present' })).toHaveAttribute('href', '/present?area=front-door');
  });

  it('drafts a report summary on request, apart from the tiles', async () => {
    const { user } = renderApp('/?period=2023-08');
    await user.click(await screen.findByText(/^Draft summary for Aug 2023/));
    const panel = await screen.findByRole('region', { name: 'Draft commentary' });
    expect(panel).toHaveTextContent('65.0%');
    expect(within(panel).getByRole('button', { name: 'Copy draft' })).toBeInTheDocument();
  });
});
