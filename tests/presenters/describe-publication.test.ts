import { describeSupersededFigures } from '../../src/presenters/describe-publication';

describe('describeSupersededFigures', () => {
  it('names the published figures and the newer ones that replace them', () => {
    expect(describeSupersededFigures({ publishedAt: '2023-10-06T09:30:00.000Z', publishedAsAt: '2023-09-30', currentAsAt: '2023-10-31' })).toBe(
      'This page was published on 6 October 2023 with the figures as at 30 September 2023. The feed has moved on since: the figures below are its latest, as at 31 October 2023.',
    );
  });

  it('says so when the figures were revised without a new date', () => {
    expect(describeSupersededFigures({ publishedAt: '2023-10-06T09:30:00.000Z', publishedAsAt: '2023-09-30', currentAsAt: '2023-09-30' })).toBe(
      'This page was published on 6 October 2023 with the figures as at 30 September 2023. The feed has been revised since (still as at 30 September 2023): the figures below are the revised ones.',
    );
  });
});
