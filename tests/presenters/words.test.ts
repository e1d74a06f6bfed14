import { capitalise, joinLongMonths, joinWords } from '../../src/presenters/words';

describe('joinLongMonths and joinWords', () => {
  it('lists months sharing a year with the year once', () => {
    expect(joinLongMonths(['2023-06', '2023-08'])).toBe('June and August 2023');
    expect(joinLongMonths(['2023-04', '2023-05', '2023-09'])).toBe('April, May and September 2023');
    expect(joinLongMonths(['2022-12', '2023-01'])).toBe('December 2022 and January 2023');
    expect(joinLongMonths(['2023-06'])).toBe('June 2023');
  });

  it('joins no words to nothing, one to itself, and the last two with "and"', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('capitalise', () => {
  it('capitalises the first letter only', () => {
    expect(capitalise('up 2 on Q1')).toBe('Up 2 on Q1');
    expect(capitalise('')).toBe('');
  });
});
