import type { Dataset, Measure } from '../../src/domain/indicators';
import { checkNarrativeFigures } from '../../src/checks/check-narrative-figures';
import { makeDataset } from '../fixtures/make-dataset';
import { csc022, csc178, csc201, makeMeasure, monthsFrom } from '../fixtures/make-measure';

/** One section holding the measures given, its analysis the paragraphs given (real text from the Q2 2023/24 report). */
function datasetWith(measures: Measure[], analysis: string[], summary?: string): Dataset {
  const base = makeDataset();
  return {
    ...base,
    sections: [{ id: 'test-section', title: 'Test section', serviceArea: 'test-area', definition: [], analysis: analysis.map((text) => ({ type: 'paragraph' as const, text })) }],
    serviceAreas: [{ id: 'test-area', name: 'Test area' }],
    measures: measures.map((measure) => ({ ...measure, section: 'test-section', serviceArea: 'test-area' })),
    summary: summary ? [{ topic: 'Test section', serviceArea: 'test-area', text: summary }] : [],
  };
}

const warnings = (dataset: Dataset) => checkNarrativeFigures(dataset).filter((f) => f.severity === 'warning');

const csc182 = makeMeasure({ id: 'csc-182', code: 'CSC 182', title: 'Number of children subject to a CP plan', unit: 'count', polarity: 'neutral', basis: 'snapshot', monthly: monthsFrom([115, 120, 109, 104, 112, 123]) });
const csc181 = makeMeasure({ id: 'csc-181', code: 'CSC 181', title: 'Rate of children subject to a CP Plan per 10,000 population', unit: 'rate-per-10k', polarity: 'neutral', basis: 'snapshot', monthly: monthsFrom([51.7, 53.9, 49.0, 46.7, 50.3, 55.3]) });
const csc260a = makeMeasure({ id: 'csc-260a', code: 'CSC 260a', title: '% CiC visits completed in timescale within the month', target: 90, monthly: monthsFrom([82.9, 79.4, 83.5, 79.8, 82.6, 77.9]) });

describe('checkNarrativeFigures: direction claims', () => {
  it('catches "a slight decrease on the 118" said of 123 (Performance Summary, Child Protection Plans)', () => {
    const summary =
      '123 children were subject to a Child Protection plan (CP) as at the end of September 2023, this is a slight decrease on the 118 children who were subject to CP at the end of September 2022. 100.0% of CP cases were allocated to a social worker.';
    expect(warnings(datasetWith([csc182], [], summary))).toEqual([
      {
        kind: 'narrative-direction',
        severity: 'warning',
        sectionId: 'test-section',
        where: 'Performance Summary: Test section',
        measureId: 'csc-182',
        period: '2023-09',
        quote: '123 children were subject to a Child Protection plan (CP) as at the end of September 2023, this is a slight decrease on the 118 children who were subject to CP at the end of September 2022.',
        message: 'Performance Summary: Test section: "decrease" is said of 123 against 118, but 123 is more than 118',
      },
    ]);
  });

  it('accepts the analysis of the same figures, which says "just above", comparing rates across two sentences', () => {
    const analysis =
      '123 children were subject to a Child Protection plan (CP) as at the end of September 2023 with a rate of 55.3 per 10,000 population with a CP plan. This is just above to the rate of 52.1 for the 118 children who were subject to CP at the end of September 2022 and above the 45.9 rate for 103 children at the end of September 2021.';
    expect(warnings(datasetWith([csc182, csc181], [analysis]))).toEqual([]);
    expect(warnings(datasetWith([csc182, csc181], [analysis.replace('just above', 'just below')]))[0]?.message).toBe(
      'Test section: analysis: "below" is said of 55.3 against 52.1, but 55.3 is more than 52.1',
    );
  });

  it('reads "This is a decrease" against the figure of the sentence before (CiC statutory visits)', () => {
    const analysis = '79.9% of statutory visits for Children in Care (CiC) were completed in timescale in Q2 2023/24. This is a decrease when compared with Q2 2022/23 when there were 81.9% of visits completed in timescale.';
    expect(warnings(datasetWith([csc260a], [analysis]))).toEqual([]);
    const [finding] = warnings(datasetWith([csc260a], [analysis.replace('a decrease', 'an increase')]));
    expect(finding).toMatchObject({ kind: 'narrative-direction', period: '2023-24-Q2', measureId: null });
    expect(finding?.message).toBe('Test section: analysis: "increase" is said of 79.9% against 81.9%, but 79.9% is less than 81.9%');
  });

  it('reads "decreased (from 682 to 585 visits)"', () => {
    const analysis = 'When compared with Q2 2022/23, the number of visits carried out has decreased (from 682 to 585 visits) but due to competing priorities the timeliness of completing the visits has also decrease.';
    expect(warnings(datasetWith([], [analysis]))).toEqual([]);
    expect(warnings(datasetWith([], [analysis.replace('has decreased', 'has increased')]))[0]?.message).toBe(
      'Test section: analysis: "increased" is said of 585 against 682, but 585 is less than 682',
    );
  });

  it('says nothing when the figure compared is ambiguous (two percentages in the sentence before)', () => {
    const analysis = '90.6% were offered within 72 hours and 85.9% of the children engaged in their RHI. This is a decrease in children engaging with their RHI compared to previous quarters (Q2 2022/23, 56.6% and Q2 2021/22, 48.4%).';
    expect(warnings(datasetWith([], [analysis]))).toEqual([]);
  });
});

describe('checkNarrativeFigures: quoted fractions', () => {
  it('accepts 50.0% (188 / 376), 321 of the 337 reviews (95.3%) and "Of the 57 children ..., 40 ... (70.2%)"', () => {
    const analysis = [
      '50.0% (188 / 376) of our C&F assessments were completed within timescale in Q2 2023/24.',
      'By September 2023, 321 of the 337 reviews (95.3%), were completed within required timescales.',
      'Of the 57 children (who were not transferred in), 40 had their Initial Child Protection Conferences (ICPC) within timescale (70.2%) in Q2 2023/24.',
    ];
    expect(warnings(datasetWith([csc178], analysis))).toEqual([]);
  });

  it('reports a percentage its own fraction does not round to, each pattern', () => {
    const analysis = [
      '50.1% (188 / 376) of our C&F assessments were completed within timescale in Q2 2023/24.',
      'By September 2023, 321 of the 337 reviews (95.1%), were completed within required timescales.',
      'Of the 57 children (who were not transferred in), 40 had their Initial Child Protection Conferences (ICPC) within timescale (71.2%) in Q2 2023/24.',
    ];
    expect(warnings(datasetWith([csc178], analysis)).map((f) => [f.kind, f.period, f.message])).toEqual([
      ['narrative-fraction', '2023-24-Q2', 'Test section: analysis: 50.1% is quoted for 188 / 376, which is 50.000% (50.0%)'],
      ['narrative-fraction', '2023-09', 'Test section: analysis: 95.1% is quoted for 321 / 337, which is 95.252% (95.3%)'],
      ['narrative-fraction', '2023-24-Q2', 'Test section: analysis: 71.2% is quoted for 40 / 57, which is 70.175% (70.2%)'],
    ]);
  });
});

describe('checkNarrativeFigures: figures not in the data', () => {
  const iha = makeMeasure({
    id: 'iha-within-20-working-days',
    title: 'Completed IHA within 20 working days (by Health)',
    target: 95,
    monthly: [
      { month: '2023-06', value: null, numerator: 27, denominator: 44 },
      { month: '2023-09', value: null, numerator: 38, denominator: 83 },
    ],
  });

  it('reports 45.7% for the IHAs: the data holds 38 / 83 = 45.78%, truncated rather than rounded', () => {
    const analysis = '45.7% of the children had their Initial Health Assessment completed within 20 days of coming into care by Health in Q2 2023/24.';
    expect(warnings(datasetWith([iha], [analysis]))).toEqual([
      expect.objectContaining({
        kind: 'narrative-rounding',
        measureId: 'iha-within-20-working-days',
        period: '2023-24-Q2',
        message:
          'Test section: analysis: 45.7% is quoted, but Completed IHA within 20 working days (by Health) [iha-within-20-working-days] holds 38 / 83 for Q2 2023/24, which is 45.783% and rounds to 45.8%: 45.7% looks truncated',
      }),
    ]);
    expect(checkNarrativeFigures(datasetWith([iha], [analysis.replace('45.7%', '45.8%')]))).toEqual([]);
  });

  it('lists, as info, a percentage no figure matches, but not one for an earlier year', () => {
    const analysis = [
      'In Q2 2023/24, 78.0% of children had their referral completed within 1 working day. This is below our 90% target and a result of a dip in timeliness during August where only 65.0% of referrals were outcomed in 1 working day.',
      'This is an increase in children engaging with their RHI compared to previous quarters (Q2 2022/23, 56.6% and Q2 2021/22, 48.4%).',
    ];
    expect(checkNarrativeFigures(datasetWith([csc022], analysis)).map((f) => [f.kind, f.severity, f.period, f.message])).toEqual([
      ['narrative-untraced', 'info', '2023-24-Q2', "Test section: analysis: 78.0% matches no figure of the section's measures"],
    ]);
  });

  it("traces a quarter's weighted figure (70.2% = 40 / 57) and a part's share of its whole (18 of 354 UASC = 5.1%)", () => {
    const csc200 = makeMeasure({ id: 'csc-200', title: 'Of which are identified as a UASC', unit: 'count', polarity: 'neutral', basis: 'snapshot', partOf: 'csc-201', monthly: monthsFrom([16, 17, 17, 18, 16, 18]) });
    const analysis = [
      '70.2% of Initial Child Protection Conferences (ICPC) were held within 15 working days in Q2 2023/24.',
      '354 children were in care as at September 2023, 18 (5.1%) of which are unaccompanied asylum-seekers.',
    ];
    expect(checkNarrativeFigures(datasetWith([csc178, csc201, csc200], analysis))).toEqual([]);
  });
});

describe('checkNarrativeFigures: details of each finding', () => {
  const all = (dataset: Dataset) => checkNarrativeFigures(dataset).map((f) => [f.kind, f.severity, f.sectionId, f.measureId, f.period, f.message]);

  it('gives a finding its place, quote and severity', () => {
    const sentence = '50.1% (188 / 376) of our C&F assessments were completed within timescale in Q2 2023/24.';
    expect(checkNarrativeFigures(datasetWith([csc178], [sentence]))).toContainEqual({
      kind: 'narrative-fraction',
      severity: 'warning',
      sectionId: 'test-section',
      where: 'Test section: analysis',
      measureId: null,
      period: '2023-24-Q2',
      quote: sentence,
      message: 'Test section: analysis: 50.1% is quoted for 188 / 376, which is 50.000% (50.0%)',
    });
  });

  it('checks a fraction only against the percentage right before its bracket, to half a unit of the last place', () => {
    const fractions = (text: string) => warnings(datasetWith([csc178], [text])).filter((f) => f.kind === 'narrative-fraction').map((f) => f.message);
    expect(fractions('33.3% (1 / 3) of them.')).toEqual([]);
    expect(fractions('33.4% (1 / 3) of them.')).toEqual(['Test section: analysis: 33.4% is quoted for 1 / 3, which is 33.333% (33.3%)']);
    expect(fractions('33.35% (1 / 3) of them.')).toEqual(['Test section: analysis: 33.35% is quoted for 1 / 3, which is 33.333% (33.33%)']);
    expect(fractions('12.5% (1 / 8) of them.')).toEqual([]);
    expect(fractions('50.1% of them (188 / 376).')).toEqual([]);
    expect(fractions('0.0% (0 / 0) of them.')).toEqual([]);
  });

  it('reads a direction claim against the figure before it, and a "from ... to ..." pair after it', () => {
    const directions = (texts: string[]) => warnings(datasetWith([csc201], texts)).filter((f) => f.kind === 'narrative-direction').map((f) => [f.measureId, f.period, f.message]);
    expect(directions(['354 children were in care at the end of September 2023, a decrease on the 343 in June 2023.'])).toEqual([
      ['csc-201', '2023-09', 'Test section: analysis: "decrease" is said of 354 against 343, but 354 is more than 343'],
    ]);
    expect(directions(['354 children were in care at the end of September 2023, an increase on the 343 in June 2023.'])).toEqual([]);
    expect(directions(['354 children were in care at the end of September 2023, an increase on the 354 in August 2023.'])).toEqual([]);
    expect(directions(['Children in care fell from 332 to 354 by September 2023.'])).toEqual([
      ['csc-201', '2023-09', 'Test section: analysis: "fell" is said of 354 against 332, but 354 is more than 332'],
    ]);
    expect(directions(['354 children were in care in September 2023. This is lower than the 343 in June 2023.'])).toEqual([
      ['csc-201', '2023-09', 'Test section: analysis: "lower" is said of 354 against 343, but 354 is more than 343'],
    ]);
    expect(directions(['Children in care increased in September 2023.'])).toEqual([]);
  });

  it('names the measure only when one measure holds the figure, preferring the period the sentence names', () => {
    const twin = makeMeasure({ ...csc201, id: 'twin', code: 'TWIN', monthly: monthsFrom([322, 332, 343, 358, 354, 999]) });
    const text = ['354 children were in care at the end of September 2023, a decrease on the 343 in June 2023.'];
    expect(warnings(datasetWith([csc201, twin], text)).map((f) => f.measureId)).toEqual(['csc-201']);
    const sameEverywhere = makeMeasure({ ...csc201, id: 'same' });
    expect(warnings(datasetWith([csc201, sameEverywhere], text)).map((f) => f.measureId)).toEqual([null]);
  });

  it('checks the Performance Summary against the whole service area, and list items as well as paragraphs', () => {
    const dataset = datasetWith([csc178], [], 'In Q2 2023/24 99.9% of conferences were on time.');
    expect(all(dataset)).toEqual([
      ['narrative-untraced', 'info', 'test-section', null, '2023-24-Q2', "Performance Summary: Test section: 99.9% matches no figure of the service area's measures"],
    ]);
    const listed = { ...datasetWith([csc178], []), sections: [{ ...datasetWith([], []).sections[0]!, analysis: [{ type: 'list' as const, items: ['In Q2 2023/24, 12.3 per 10k.', '17 children.'] }] }] };
    expect(all(listed)).toEqual([['narrative-untraced', 'info', 'test-section', null, '2023-24-Q2', "Test section: analysis: 12.3 matches no figure of the section's measures"]]);
  });

  it('calls a figure truncated only for a percentage with decimals and one fraction that truncates to it', () => {
    const iha = makeMeasure({ id: 'iha', title: 'IHA', monthly: [{ month: '2023-09', value: null, numerator: 38, denominator: 83 }] });
    const other = makeMeasure({ id: 'other', title: 'Other', monthly: [{ month: '2023-09', value: null, numerator: 457, denominator: 998 }] });
    const kinds = (measures: Measure[], text: string) => checkNarrativeFigures(datasetWith(measures, [text])).map((f) => f.kind);
    expect(kinds([iha], 'In September 2023 45.7% were done.')).toEqual(['narrative-rounding']);
    expect(kinds([iha], 'In September 2023 45% were done.')).toEqual(['narrative-untraced']);
    expect(kinds([iha, other], 'In September 2023 45.7% were done.')).toEqual(['narrative-untraced']);
  });
});
