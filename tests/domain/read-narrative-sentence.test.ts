import { readNarrativeSentence, splitSentences } from '../../src/domain/read-narrative-sentence';

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
