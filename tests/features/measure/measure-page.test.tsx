import { screen, within } from '@testing-library/react';
import { renderApp } from '../../fixtures/render-app';
import { stubFetch } from '../../fixtures/stub-fetch';
import { makeMeasureDataset } from '../../fixtures/make-measure-dataset';

beforeEach(() => {
  stubFetch({ '/data/indicators.json': { json: makeMeasureDataset() } });
});

async function openMeasure(url: string) {
  const app = renderApp(url);
  await screen.findByRole('heading', { level: 1 });
  return app;
}

function headline() {
  return screen.getByRole('region', { name: /^Headline for/ });
}

describe('measure page', () => {
  it('opens a measure by URL with its facts in the headline', async () => {
    await openMeasure('/measure/csc-022');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('CSC 022: Monthly % of referrals completed within 1 working day');
    expect(screen.getByText('Higher is better · Figure for the month alone')).toBeInTheDocument();
    const facts = within(headline());
    expect(facts.getByText('Figure for Sep 2023')).toBeInTheDocument();
    expect(facts.getByText('81.3%')).toBeInTheDocument();
    expect(facts.getByText('90%')).toBeInTheDocument();
    expect(facts.getByText('8.7 pp below the 90% target')).toBeInTheDocument();
    expect(facts.getByText('Off target')).toBeInTheDocument();
    expect(facts.getByText('Improving: up 16.3 pp on Aug 2023')).toBeInTheDocument();
  });

  it('keeps headings in order: the measure, then one per panel', async () => {
    await openMeasure('/measure/csc-022');
    const headings = screen.getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings).toEqual([
      'H1 CSC 022: Monthly % of referrals completed within 1 working day',
      'H2 Month by month, 2023/24',
      'H2 Year by year',
      'H2 Statistical process control',
      'H2 Definition',
      'H2 Performance analysis',
      'H2 Events',
      'H2 Draft commentary',
      'H2 Performance Summary',
      'H2 Other measures in Referrals: timeliness',
      'H3 Monthly % of referrals completed in over 3 working days',
    ]);
  });

  it('shows the months in a table with target and status, and says which months are still to come', async () => {
    await openMeasure('/measure/csc-022');
    const table = screen.getByRole('table', { name: 'CSC 022: monthly figures, 2023/24' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Month', 'Figure', 'Target', 'Status']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Apr 2023',
      'May 2023',
      'Jun 2023',
      'Jul 2023',
      'Aug 2023',
      'Sep 2023Selected period',
    ]);
    expect(within(rows[4]!).getAllByRole('cell').map((td) => td.textContent)).toEqual(['65.0%', '90%', 'Off target']);
    expect(within(rows[1]!).getAllByRole('cell').map((td) => td.textContent)).toEqual(['86.7%', '90%', 'Near target']);
    expect(screen.getByText('No figures yet for Oct 2023–Mar 2024.')).toBeInTheDocument();
  });

  it('draws the monthly line with one point per reported month, captioned by a sentence and the axis it uses', async () => {
    const { container } = await openMeasure('/measure/csc-022');
    const figure = screen.getAllByRole('figure')[0]!;
    expect(figure).toHaveTextContent(
      'Fell from 82.4% in Apr 2023 to 81.3% in Sep 2023; lowest 65.0% in Aug 2023, highest 86.7% in May 2023; below the 90% target every month.',
    );
    expect(figure).toHaveTextContent('Axis from 0% to 100%.');
    expect(await within(figure).findByText('2022/23 outturn 84.1%', { selector: 'li' })).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(6);
  });

  it('shows the year-by-year figures with fractions and the current year as year to date', async () => {
    const { container } = await openMeasure('/measure/csc-178');
    const table = screen.getByRole('table', { name: 'CSC 178: Annual Trend' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Year', 'Figure', 'Numerator', 'Denominator']);
    const current = within(table).getByRole('row', { name: /2023\/24/ });
    expect(within(current).getByRole('rowheader')).toHaveTextContent('2023/24Year to date, Apr–Sep 2023');
    expect(within(current).getAllByRole('cell').map((td) => td.textContent)).toEqual(['73.1%', '76', '104']);
    expect(screen.getByText(/Annual figures: 89\.5% in 2020\/21, 77\.5% in 2021\/22, 74\.4% in 2022\/23 and 73\.1% in 2023\/24 \(year to date, Apr–Sep 2023\)\./)).toBeInTheDocument();
    await screen.findByText('2023/24: year to date, Apr–Sep 2023', { selector: 'li' });
    expect(container.querySelectorAll('path.annual-bar')).toHaveLength(4);
  });

  it('gives the monthly numerators and denominators, and no target or status where the report prints none', async () => {
    await openMeasure('/measure/csc-178');
    const table = screen.getByRole('table', { name: 'CSC 178: monthly figures, 2023/24' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Month', 'Figure', 'Numerator', 'Denominator']);
    expect(within(within(table).getByRole('row', { name: /Jul 2023/ })).getAllByRole('cell').map((td) => td.textContent)).toEqual(['42.9%', '6', '14']);
    expect(within(headline()).getByText('No target for this measure')).toBeInTheDocument();
  });

  it('shows the definition, analysis, summary line, notes and known issues as text', async () => {
    await openMeasure('/measure/csc-178');
    const definition = screen.getByRole('region', { name: 'Definition' });
    expect(definition).toHaveTextContent(/^DefinitionOf those Initial Child Protection Conference \(ICPC\) held within the period/);
    const analysis = screen.getByRole('region', { name: 'Performance analysis' });
    expect(within(analysis).getByText('This measure continues to be below the target of 95%.').tagName).toBe('P');
    const summary = screen.getByRole('region', { name: 'Performance Summary' });
    expect(summary).toHaveTextContent('Child Protection Conference timeliness: 70.2% of Initial Child Protection Conferences (ICPC) were held within 15 working days');
    const notes = screen.getByRole('region', { name: 'Notes on the figures' });
    expect(within(notes).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'The Target row is blank for this column (the 95% is printed under the year-to-date percentage, CSC 176).',
      'The narrative says "this measure continues to be below the target of 95%", but the Target row is blank for it.',
    ]);
    expect(within(notes).getByRole('heading', { level: 3, name: 'Known issues in the source report' })).toBeInTheDocument();
  });

  it('lists the other measures of the section as small tiles that keep the filters', async () => {
    await openMeasure('/measure/csc-178?period=2023-08&area=child-protection');
    const related = screen.getByRole('region', { name: 'Other measures in Initial Child Protection Conferences: timeliness' });
    const tile = within(related).getByRole('listitem');
    expect(tile).toHaveTextContent('CSC 176');
    expect(tile).toHaveTextContent('68.5%');
    expect(tile).toHaveTextContent('26.5 pp below the 95% target');
    expect(within(tile).getByText('Off target')).toBeInTheDocument();
    expect(within(tile).getByRole('link')).toHaveAttribute('href', '/measure/csc-176?period=2023-08&area=child-protection');
  });

  it('drafts commentary for the period in its own panel, after the analysts\' analysis and apart from it', async () => {
    await openMeasure('/measure/csc-022?period=2023-08');
    const draft = screen.getByRole('region', { name: 'Draft commentary' });
    expect(within(draft).getByText('CSC 022, Aug 2023')).toBeInTheDocument();
    expect(
      within(draft).getByText(
        '65.0% of referrals completed within 1 working day in August 2023, 25.0 pp below the 90% target. Down 21.3 pp on July 2023 (86.3%): a deterioration.',
      ),
    ).toBeInTheDocument();
    expect(within(draft).getByText(/^Drafted automatically from the figures, not written by an analyst/)).toBeInTheDocument();
    expect(within(draft).getByRole('button', { name: 'Copy draft' })).toBeInTheDocument();

    const analysis = screen.getByRole('region', { name: 'Performance analysis' });
    expect(analysis).not.toHaveTextContent('25.0 pp below the 90% target');
    expect(analysis.contains(draft) || draft.contains(analysis)).toBe(false);
    expect(analysis.compareDocumentPosition(draft) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('copies the draft with the Copy button', async () => {
    const { user } = await openMeasure('/measure/csc-022');
    // user-event puts its own clipboard on navigator when set up, so spy on that one.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const draft = screen.getByRole('region', { name: 'Draft commentary' });
    await user.click(within(draft).getByRole('button', { name: 'Copy draft' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^81\.3% of referrals completed within 1 working day in September 2023, 8\.7 pp below the 90% target\./));
    expect(within(draft).getByRole('status')).toHaveTextContent('Draft copied to the clipboard');
  });

  it('changes period from the select, writing it to the URL', async () => {
    const { user, router } = await openMeasure('/measure/csc-178');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Q2 2023/24');
    // Weighted, never the mean of monthly percentages: (6 + 8 + 26) / (14 + 12 + 31) = 40 / 57.
    expect(within(headline()).getByText('70.2%')).toBeInTheDocument();
    expect(within(headline()).getByText('Figure for Q2 2023/24')).toBeInTheDocument();
    expect(router.state.location.searchStr).toBe('?period=2023-24-Q2');
    expect(screen.getAllByText('Selected period')).toHaveLength(3);
  });

  it('shows an earlier year from its Annual Trend figure, with no monthly figures to draw', async () => {
    const { container } = await openMeasure('/measure/csc-022?period=2022-23');
    expect(within(headline()).getByText('Figure for 2022/23')).toBeInTheDocument();
    expect(within(headline()).getByText('84.1%')).toBeInTheDocument();
    const monthly = screen.getByRole('region', { name: 'Month by month, 2022/23' });
    expect(within(monthly).getByRole('figure')).toHaveTextContent('No monthly figures.');
    expect(within(monthly).queryByRole('table')).toBeNull();
    await screen.findByText('Annual figure', { selector: 'li' });
    expect(container.querySelectorAll('path.annual-bar')).toHaveLength(4);
  });

  it('says when the file has no figures at all rather than that the measure does not exist', async () => {
    const empty = makeMeasureDataset();
    empty.measures = empty.measures.map((m) => ({ ...m, monthly: [], annual: [] }));
    stubFetch({ '/data/indicators.json': { json: empty } });
    await openMeasure('/measure/csc-022');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('CSC 022: Monthly % of referrals completed within 1 working day');
    expect(screen.getByText('This file has no figures yet: no month or year has a value.')).toBeInTheDocument();
  });

  it('says when the link asked for a period the data does not have', async () => {
    await openMeasure('/measure/csc-022?period=2019-20');
    expect(screen.getByText(/asked for period “2019-20”, which this data does not cover; showing Sep 2023 instead/)).toBeInTheDocument();
  });

  it('links back to the overview with the filters kept', async () => {
    await openMeasure('/measure/csc-022?area=front-door&q=ref');
    expect(screen.getByRole('link', { name: '← Back to the overview' })).toHaveAttribute('href', '/?area=front-door&q=ref');
  });

  it('says clearly when the measure does not exist, with a way back', async () => {
    await openMeasure('/measure/csc-999?area=front-door');
    expect(screen.getByRole('heading', { level: 1, name: 'Measure not found' })).toBeInTheDocument();
    expect(screen.getByText(/no measure with the id “csc-999”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute('href', '/?area=front-door');
  });
});
