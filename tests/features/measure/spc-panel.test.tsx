import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../fixtures/render-app';
import { stubFetch } from '../../fixtures/stub-fetch';
import { makeMeasureDataset } from '../../fixtures/make-measure-dataset';

// The synthetic demo: April 2019 to September 2023, with an August 2023 outlier planted in the referrals measure.
const demo: unknown = JSON.parse(readFileSync('public/data/demo-synthetic.json', 'utf8'));

async function openMeasure(url: string) {
  const app = renderApp(url);
  await screen.findByRole('heading', { level: 1 });
  return app;
}

function spcPanel() {
  return screen.getByRole('region', { name: 'Statistical process control' });
}

describe('SPC panel on the measure page', () => {
  it('with 54 months: the icons in words, the limits explained as the caption, the chart and a table of signals', async () => {
    stubFetch({ '/data/indicators.json': { json: demo } });
    const { user } = await openMeasure('/measure/demo-referrals-1-day');
    const panel = within(spcPanel());

    const summary = within(panel.getByRole('list', { name: 'SPC summary' }));
    // The icons are hidden from assistive technology, so their words are read once, as the visible text.
    expect(summary.getAllByRole('listitem').map((li) => li.querySelector(':scope > span:not([aria-hidden])')?.textContent)).toEqual([
      'Common cause variation: no significant change',
      'Assurance: the target will be hit and miss',
    ]);

    const caption = panel.getByRole('figure').querySelector('figcaption');
    expect([...(caption?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Average 83.5% over 54 months (April 2019 to September 2023); process limits 74.4% to 92.6%.',
      'August 2023 is unusually low: 57.7%, below the lower limit (74.4%), a concern.',
      'Latest month (September 2023): common cause variation, no sign of real change.',
      'The 90% target lies between the process limits: it will be met in some months and missed in others.',
    ]);
    expect(caption).toHaveTextContent('Axis from 50% to 100%, not 0% to 100%, so that small changes show.');

    await panel.findByText('Process limits 74.4% and 92.6%', { selector: 'li' });
    expect(spcPanel().querySelectorAll('.xmr-point')).toHaveLength(54);
    expect(spcPanel().querySelectorAll('.xmr-point-concern')).toHaveLength(1);

    await user.click(panel.getByText('Show the 54 months as a table'));
    const table = panel.getByRole('table', { name: '% of referrals completed within 1 working day: monthly figures and SPC signals, Apr 2019–Sep 2023' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Month', 'Figure', 'Signal', 'Events']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(54);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Apr 2019');
    const august = within(table).getByRole('row', { name: /Aug 2023/ });
    expect(within(august).getAllByRole('cell').map((td) => td.textContent)).toEqual(['57.7%', 'Concern: a single point outside the process limits', '3. Staffing gap (synthetic) (Aug 2023)']);
    const september = within(table).getByRole('row', { name: /Sep 2023/ });
    expect(within(september).getAllByRole('cell').map((td) => td.textContent)).toEqual(['83.9%', 'Common cause', '–']);
    expect(panel.getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
    expect(panel.queryByRole('link', { name: /synthetic demo/ })).toBeNull();
  });

  it('judges a past period on the months known then', async () => {
    stubFetch({ '/data/indicators.json': { json: demo } });
    await openMeasure('/measure/demo-referrals-1-day?period=2023-07');
    const caption = spcPanel().querySelector('figcaption');
    expect(caption).toHaveTextContent(/over 52 months \(April 2019 to July 2023\)/);
    expect(caption).not.toHaveTextContent('August 2023');
  });

  it('with 6 months: says there is not enough data instead of drawing limits, and links to the demo', async () => {
    stubFetch({ '/data/indicators.json': { json: makeMeasureDataset() } });
    const { container } = await openMeasure('/measure/csc-022');
    const panel = within(spcPanel());
    expect(panel.getByText('Not enough data for SPC (6 of 15 months)')).toBeInTheDocument();
    expect(panel.queryByRole('figure')).toBeNull();
    expect(panel.queryByRole('table')).toBeNull();
    expect(panel.queryByRole('button', { name: 'Download PNG' })).toBeNull();
    expect(container.querySelector('.xmr-point')).toBeNull();
    expect(panel.getByRole('link', { name: 'See SPC charts on the synthetic demo data' })).toHaveAttribute(
      'href',
      '/?data=%2Fdata%2Fdemo-synthetic.json',
    );
  });
});
