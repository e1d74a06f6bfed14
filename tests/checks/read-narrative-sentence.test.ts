import { readNarrativeSentence, splitSentences } from '../../src/checks/read-narrative-sentence';

const figuresOf = (text: string) => readNarrativeSentence(text).figures.map((f) => [f.unit, f.value]);

describe('splitSentences', () => {
  it('splits at full stops but not inside figures', () => {
    expect(splitSentences('In Q2 2023/24, 78.0% of children had their referral completed within 1 working day. This is below our 90% target.')).toEqual([
      'In Q2 2023/24, 78.0% of children had their referral completed within 1 working day.',
      'This is below our 90% target.',
    ]);
  });
});

describe('readNarrativeSentence', () => {
  it('reads percentages, counts and rates, and none of the years, day counts or age bands', () => {
    expect(figuresOf('In Q2 2023/24, 78.0% of children had their referral completed within 1 working day.')).toEqual([['percent', 78]]);
    expect(figuresOf('Our rate of enquires per 10,000 population was 158.2 at the end of Q2 2023/24.')).toEqual([['rate', 158.2]]);
    expect(figuresOf('98.4% of our care leavers aged 19-21 and 94.6% of our care leavers aged 22-25 were in suitable accommodation')).toEqual([
      ['percent', 98.4],
      ['percent', 94.6],
    ]);
    expect(figuresOf('15.5% of our Children in Care, as at September 2023, have had 3 or more placements within the previous 12 months.')).toEqual([
      ['percent', 15.5],
    ]);
    expect(figuresOf('76 section 47 enquires were started in Q2 2023/24 involving 152 individual children.')).toEqual([
      ['count', 76],
      ['count', 152],
    ]);
  });

  it('reads "1,650" as one count and keeps the decimals written', () => {
    const [figure] = readNarrativeSentence('1,650 EHAs were started.').figures;
    expect(figure).toMatchObject({ unit: 'count', value: 1650, decimals: 0 });
    expect(readNarrativeSentence('100.0% of CP cases').figures[0]).toMatchObject({ value: 100, decimals: 1 });
    expect(readNarrativeSentence('100% of CP cases').figures[0]).toMatchObject({ value: 100, decimals: 0 });
  });

  it('attaches "6.4% (20)" to the percentage and reads "50.0% (188 / 376)" as a fraction', () => {
    const eha = readNarrativeSentence("314 Early Help Assessments (EHA) were started in Q2 2023/24, 6.4% (20) of which were initiated by external agencies.");
    expect(eha.figures.map((f) => [f.value, f.numerator])).toEqual([
      [314, undefined],
      [6.4, 20],
    ]);
    const assessments = readNarrativeSentence('50.0% (188 / 376) of our C&F assessments were completed within timescale in Q2 2023/24.');
    expect(assessments.fractions).toMatchObject([{ numerator: 188, denominator: 376 }]);
    expect(assessments.figures.map((f) => f.value)).toEqual([50]);
  });

  it('reads the periods named, as keys', () => {
    const sentence = readNarrativeSentence(
      '123 children were subject to a Child Protection plan (CP) as at the end of September 2023, this is a slight decrease on the 118 children who were subject to CP at the end of September 2022.',
    );
    expect(sentence.periods.map((p) => [p.key, p.financialYear])).toEqual([
      ['2023-09', '2023/24'],
      ['2022-09', '2022/23'],
    ]);
    expect(readNarrativeSentence('compared to Q2 2022/23 (363 EHA\'s) and 2023/24, previously ended in 03/2022').periods.map((p) => p.key)).toEqual([
      '2022-23-Q2',
      '2023-24',
      '2022-03',
    ]);
  });

  it('reads direction words, in order', () => {
    const sentence = readNarrativeSentence('This is a small decrease when compared with the 33 children ceasing in Q2 2022/23 but an increase on Q2 2020/21 (19 children).');
    expect(sentence.claims.map((c) => [c.direction, c.text])).toEqual([
      ['down', 'decrease'],
      ['up', 'increase'],
    ]);
    expect(readNarrativeSentence('This is below our 90% target.').claims.map((c) => c.direction)).toEqual(['down']);
  });
});

describe('readNarrativeSentence: what is not a figure', () => {
  const texts = (text: string) => readNarrativeSentence(text).figures.map((f) => f.text);

  it.each([
    ['the 1st, 22nd, 3rd and 4th visits', []],
    ['within 1 working day, 5 days, 2 hours, 3 weeks, 6 months, 2 years, 3 yrs, 20 miles, 1.5 hours and 1 day', []],
    ['children aged 19-21 and 5 – 7', []],
    ['aged 16, age 17, under 5, over 18, per 10,000 and turning 18', []],
    ['3 or more, 2 or younger, 16 or older, 5 or over, 4 or under, 10 or less, 3 or fewer', []],
    ['section 47 enquiries', []],
    ['CSC 022, CSC252a and csc 22', []],
    ['in Q2, in 2023 and in 1999', []],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('still reads the figures beside them', () => {
    expect(texts('12 children aged 16 and 4.5% over 18; 7 in 3 days')).toEqual(['12', '4.5%', '7']);
    expect(texts('1,650 and 2,000,000.5 and 3.25')).toEqual(['1,650', '2,000,000.5', '3.25']);
    expect(readNarrativeSentence('2,000,000.5').figures[0]).toMatchObject({ unit: 'rate', value: 2000000.5, decimals: 1 });
    expect(readNarrativeSentence('42 %').figures[0]).toMatchObject({ unit: 'percent', value: 42, decimals: 0, text: '42 %' });
  });

  it('reads a bracketed count straight after a percentage only, and fractions with spaces and thousands', () => {
    const sentence = readNarrativeSentence('6.4% ( 20) and 7.0%  (1,200) but 12 (5) and 1,200 / 2,400 then 3/4');
    expect(sentence.figures.map((f) => [f.text, f.numerator])).toEqual([
      ['6.4%', undefined],
      ['20', undefined],
      ['7.0%', 1200],
      ['12', undefined],
      ['5', undefined],
    ]);
    expect(sentence.fractions.map((f) => [f.numerator, f.denominator, f.text])).toEqual([
      [1200, 2400, '1,200 / 2,400'],
      [3, 4, '3/4'],
    ]);
  });
});

describe('readNarrativeSentence: periods', () => {
  it.each([
    ['January 2024', '2024-01', '2023/24'],
    ['February 2024', '2024-02', '2023/24'],
    ['March 2024', '2024-03', '2023/24'],
    ['April 2023', '2023-04', '2023/24'],
    ['May 2023', '2023-05', '2023/24'],
    ['June 2023', '2023-06', '2023/24'],
    ['July 2023', '2023-07', '2023/24'],
    ['August 2023', '2023-08', '2023/24'],
    ['September 2023', '2023-09', '2023/24'],
    ['Sept 2023', '2023-09', '2023/24'],
    ['October 2023', '2023-10', '2023/24'],
    ['November 2023', '2023-11', '2023/24'],
    ['December 2023', '2023-12', '2023/24'],
    ['dec 2023', '2023-12', '2023/24'],
    ['March 2000', '2000-03', '1999/00'],
  ])('%s is %s in %s', (text, key, financialYear) => {
    expect(readNarrativeSentence(`At the end of ${text} it was 12.`).periods.map((p) => [p.key, p.financialYear, p.text])).toEqual([[key, financialYear, text]]);
  });

  it('reads "Q1 2023-24", a month with a year range, and years only when they follow each other', () => {
    expect(readNarrativeSentence('In Q1 2023-24 and in 2022/23 but not 2022/24').periods.map((p) => [p.key, p.start])).toEqual([
      ['2023-24-Q1', 3],
      ['2022-23', 21],
    ]);
    expect(readNarrativeSentence('In September 2023/24 it rose').periods.map((p) => [p.key, p.text])).toEqual([['2023-09', 'September 2023/24']]);
    expect(readNarrativeSentence('Q3 2023/24 and 01/2024').periods.map((p) => [p.key, p.financialYear])).toEqual([
      ['2023-24-Q3', '2023/24'],
      ['2024-01', '2023/24'],
    ]);
  });
});

describe('readNarrativeSentence: direction words', () => {
  it('reads every form, and not words that merely contain one', () => {
    const up = 'increase increases increased increasing rise rises risen rising rose higher above';
    const down = 'decrease decreases decreased decreasing decline declines declined declining reduction reduced fall falls fallen fell drop drops dropped lower below';
    expect(readNarrativeSentence(up).claims.every((c) => c.direction === 'up')).toBe(true);
    expect(readNarrativeSentence(up).claims).toHaveLength(11);
    expect(readNarrativeSentence(down).claims.every((c) => c.direction === 'down')).toBe(true);
    expect(readNarrativeSentence(down).claims).toHaveLength(19);
    expect(readNarrativeSentence('sunrise, prose, aboveground, fellow, follower, droplet, befallen').claims).toEqual([]);
  });
});

describe('splitSentences: where a sentence ends', () => {
  it('splits after ! and ?, before a capital, a digit or a bracket, and trims', () => {
    expect(splitSentences('  Up! 12 more? (Yes.) no split here.   Done.  ')).toEqual(['Up!', '12 more?', '(Yes.) no split here.', 'Done.']);
    expect(splitSentences('')).toEqual([]);
  });
});
