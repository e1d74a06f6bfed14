import { compareIsoText } from '../../src/domain/compare-iso-text';

describe('compareIsoText', () => {
  it('orders months, dates and financial years of the report oldest first, as localeCompare does', () => {
    const items = ['2023-09', '2022-04', '2023-10', '2023-09-30', '2021/22', '2023-01', '2022/23', '2023-09-01'];
    expect([...items].sort(compareIsoText)).toEqual([...items].sort((a, b) => a.localeCompare(b)));
    expect([...items].sort(compareIsoText)).toEqual(['2021/22', '2022-04', '2022/23', '2023-01', '2023-09', '2023-09-01', '2023-09-30', '2023-10']);
  });

  it('says two equal texts are equal', () => {
    expect(compareIsoText('2023-09', '2023-09')).toBe(0);
  });
});
