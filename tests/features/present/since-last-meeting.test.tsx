import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { recordDatasetVersion } from '../../../src/data/persist/dataset-versions-db';
import { BUNDLED_DATA_URL } from '../../../src/data/load/bundled-data-url';
import type { Dataset } from '../../../src/domain/indicators';
import { makeDataset } from '../../fixtures/make-dataset';
import { renderApp } from '../../fixtures/render-app';
import { resetStoredData } from '../../fixtures/reset-stored-data';
import { stubFetch } from '../../fixtures/stub-fetch';

/**
 * "Since last meeting" against what the presenter chose in the pack builder: a version of the data this browser
 * kept, or a file on this computer. (The period before is covered by the domain, presenter and e2e tests.)
 */

const PACK = 'pack=csc-022,csc-026,csc-201&name=WRM';

/**
 * The first cut of the Q2 report, as at 26 September: CSC 022's September was 92.0%, on its 90% target, before the
 * late referrals came in and brought it down to the 81.3% (off target) of the report as published.
 */
function firstCut(): Dataset {
  const dataset = makeDataset({ reportingPeriod: { financialYear: '2023/24', quarter: 2, asAt: '2023-09-26' } });
  const september = dataset.measures[0]!.monthly.find((point) => point.month === '2023-09')!;
  september.value = 92;
  return dataset;
}

beforeEach(async () => {
  await resetStoredData();
  stubFetch({ [BUNDLED_DATA_URL]: { json: makeDataset() } });
});

const sinceSlide = () => screen.findByRole('heading', { level: 1, name: 'Since last meeting' });
const region = (name: string) => screen.getByRole('region', { name });

describe('Since last meeting, against a version of the data this browser kept', () => {
  it('is chosen by its date in the pack builder and names that version on the slide, with what differs', async () => {
    const kept = await recordDatasetVersion(BUNDLED_DATA_URL, BUNDLED_DATA_URL, firstCut(), new Date(Date.UTC(2023, 8, 26, 9)));
    const { user, router } = renderApp(`/present/pack?${PACK}`);
    const compareWith = await screen.findByLabelText('Open with “Since last meeting”, compared with');
    // The report as published is kept too, once the app has shown it: two versions of the one feed.
    const choice = await within(compareWith).findByRole('option', { name: /^Data as at 26 September 2023, first seen Tue 26 Sept? 2023/ });
    expect(await within(compareWith).findByRole('option', { name: /^Data as at 30 September 2023, first seen/ })).toBeInTheDocument();

    await user.selectOptions(compareWith, choice);
    expect(router.state.location.search).toMatchObject({ since: `version:${kept.version.id}` });
    await user.click(screen.getByRole('link', { name: 'Present this pack' }));

    await sinceSlide();
    expect(await screen.findByText('Sep 2023 against Sep 2023 in the data as at 26 September 2023')).toBeInTheDocument();
    expect(within(region('Status changed')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'CSC 022: Monthly % of referrals completed within 1 working dayOff targetwas on target',
    ]);
    // Only CSC 022 differs from the version kept: the other measures have not moved.
    const movers = within(region('Biggest movers')).getAllByRole('listitem');
    expect(movers).toHaveLength(1);
    expect(movers[0]).toHaveTextContent(/^CSC 022: .*92\.0% to 81\.3%/);
    expect(screen.getByText('No new SPC signal.')).toBeInTheDocument();
  });

  it('says so, rather than showing a blank slide, when the version in the link is no longer kept', async () => {
    renderApp(`/present?${PACK}&since=version:feed-2023-09-26T09:00:00.000Z-0badc0de`);
    await sinceSlide();
    expect(await screen.findByText('That version is no longer stored in this browser. Choose what to compare with in the pack builder.')).toBeInTheDocument();
    // The rest of the pack is still there to present.
    expect(screen.getByRole('region', { name: 'Slide 1 of 4' })).toBeInTheDocument();
  });

  it('does not pretend, in the pack builder, that a link to a version no longer kept compares with the period before', async () => {
    renderApp(`/present/pack?${PACK}&since=version:feed-2023-09-26T09:00:00.000Z-0badc0de`);
    const compareWith = await screen.findByLabelText('Open with “Since last meeting”, compared with');
    expect(await within(compareWith).findByRole('option', { name: 'A version no longer kept in this browser', selected: true })).toBeInTheDocument();
    expect(within(compareWith).getByRole('option', { name: 'The period before (Aug 2023)' })).not.toHaveProperty('selected', true);
  });
});

describe('Since last meeting, against a file on this computer', () => {
  it('compares with the file given in the pack builder', async () => {
    const { user } = renderApp(`/present/pack?${PACK}`);
    await user.selectOptions(await screen.findByLabelText('Open with “Since last meeting”, compared with'), 'A file on this computer');
    const file = new File([JSON.stringify(firstCut())], 'q2-first-cut.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('File to compare with (JSON or CSV)'), file);
    expect(await screen.findByText('Comparing with q2-first-cut.json. It is not kept: after a reload, choose it again.')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'A file on this computer (q2-first-cut.json)' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Present this pack' }));
    await sinceSlide();
    expect(await screen.findByText('Sep 2023 against Sep 2023 in q2-first-cut.json')).toBeInTheDocument();
    expect(within(region('Status changed')).getByRole('listitem')).toHaveTextContent(/^CSC 022: .*Off target.*was on target$/);
    expect(within(region('Biggest movers')).getByRole('listitem')).toHaveTextContent(/^CSC 022: .*92\.0% to 81\.3%/);
  });

  it('says the file must be chosen again when it is no longer open (a reload, or a link from the agenda)', async () => {
    renderApp(`/present?${PACK}&since=file`);
    await sinceSlide();
    expect(await screen.findByText('The file to compare with is no longer open. Choose it again in the pack builder.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Slide 1 of 4' })).toBeInTheDocument();
  });
});
