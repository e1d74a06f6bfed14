import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { checkDataQuality, DATA_CHECK_KINDS } from '../../src/checks/check-data-quality';
import { createQuarterPeriod, financialYearOfMonth, quarterOfMonth } from '../../src/domain/period';
import { makeDataset } from '../fixtures/make-dataset';
import { makeMeasure, monthsFrom } from '../fixtures/make-measure';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));

describe('checkDataQuality on the bundled Q2 2023/24 report', () => {
  const findings = checkDataQuality(bundled);
  const warnings = findings.filter((f) => f.severity === 'warning');

  it('lists every warning, grouped by kind, each naming the measure and the period', () => {
    expect(warnings.map((f) => [f.kind, f.measureId, f.period])).toEqual([
      ['ytd-mismatch', 'csc-208b', '2023-07'],
      ['fraction-mismatch', 'csc-178', '2020/21'],
      ['fraction-mismatch', 'csc-178', '2021/22'],
      ['fraction-mismatch', 'csc-176', '2023-05'],
      ['fraction-mismatch', 'csc-176', '2020/21'],
      ['fraction-mismatch', 'csc-176', '2021/22'],
      ['month-gap', 'csc-164', '2023-06'],
      ['month-gap', 'cic-started-uasc', '2023-06'],
      ['month-gap', 'cic-started-uasc', '2023-08'],
      ['month-gap', 'ceased-care-adopted', '2023-07'],
      ['month-gap', 'ceased-care-care-leaver-18', '2023-07'],
      ['month-gap', 'ceased-care-uasc-18', '2023-05'],
      ['month-gap', 'iha-within-20-working-days', '2023-07'],
      ['narrative-direction', 'csc-182', '2023-09'],
      ['narrative-rounding', 'iha-within-20-working-days', '2023-24-Q2'],
      ['narrative-rounding', 'iha-within-20-working-days', '2023-09'],
    ]);
    for (const finding of warnings) expect(finding.sectionId).toBe(bundled.measures.find((m) => m.id === finding.measureId)?.section);
  });

  it('states both figures in each narrative warning', () => {
    const narrative = warnings.filter((f) => f.kind.startsWith('narrative')).map((f) => f.message);
    expect(narrative[0]).toBe('Performance Summary: Child Protection Plans: "decrease" is said of 123 against 118, but 123 is more than 118');
    expect(narrative[1]).toContain('45.7% is quoted, but Completed IHA within 20 working days (by Health) [iha-within-20-working-days] holds 38 / 83');
  });

  it('finds by itself narrative inconsistencies the transcriber found by hand (sourceIssues), month or its quarter', () => {
    const known = new Set((bundled.sourceIssues ?? []).map((i) => `${i.measure} ${i.period}`));
    const narrative = warnings.filter((f) => f.kind.startsWith('narrative'));
    expect(narrative).toHaveLength(3);
    for (const { measureId, period } of narrative) {
      const month = period && /^\d{4}-\d{2}$/.test(period) ? period : null;
      const quarter = month ? createQuarterPeriod(Number(financialYearOfMonth(month).slice(0, 4)), quarterOfMonth(month)).key : null;
      expect(known.has(`${measureId} ${period}`) || known.has(`${measureId} ${quarter}`)).toBe(true);
    }
  });

  it('lists untraceable narrative figures as info only, none of them for earlier years', () => {
    const info = findings.filter((f) => f.severity === 'info');
    expect(info.length).toBeGreaterThan(0);
    expect(new Set(info.map((f) => f.kind))).toEqual(new Set(['narrative-untraced']));
    expect(info.map((f) => f.message)).toContain("Missing: episodes: analysis: 97.6% matches no figure of the section's measures");
    expect(info.some((f) => /(56\.6|48\.4|11\.3|81\.9)%/.test(f.message))).toBe(false);
  });
});

describe('checkDataQuality', () => {
  it('puts integrity, month gaps and narrative findings together, in the order of DATA_CHECK_KINDS', () => {
    const monthly = makeMeasure({ id: 'monthly', section: 'referrals-timeliness', serviceArea: 'front-door', unit: 'count', polarity: 'neutral', additive: true, monthly: monthsFrom([8, 15, null, 23]) });
    const ytd = makeMeasure({ id: 'ytd', section: 'referrals-timeliness', serviceArea: 'front-door', unit: 'count', polarity: 'neutral', basis: 'year-to-date', cumulativeOf: 'monthly', monthly: monthsFrom([8, 24]) });
    const dataset = makeDataset({ measures: [monthly, ytd] });
    dataset.sections[0] = { ...dataset.sections[0]!, analysis: [{ type: 'paragraph', text: '23 children came into care in July 2023, a decrease on the 15 in May 2023.' }] };
    const kinds = checkDataQuality(dataset).map((f) => [f.kind, f.measureId, f.period]);
    expect(kinds).toEqual([
      ['ytd-mismatch', 'ytd', '2023-05'],
      ['month-gap', 'monthly', '2023-06'],
      ['narrative-direction', 'monthly', '2023-07'],
    ]);
    const order = DATA_CHECK_KINDS.map((k) => k.kind);
    expect(order.indexOf('ytd-mismatch')).toBeLessThan(order.indexOf('month-gap'));
  });
});

describe('checkDataQuality findings in full', () => {
  it('lists the kinds with the heading and explanation the view shows', () => {
    expect(DATA_CHECK_KINDS.map((k) => [k.kind, k.label, k.description])).toEqual([
      ['ytd-mismatch', 'Year to date vs sum of months', 'A year-to-date figure that is not the running sum of its monthly figures.'],
      ['fraction-mismatch', 'Percentage vs its fraction', 'A printed percentage that its numerator and denominator do not round to.'],
      ['part-exceeds-whole', 'Part larger than its whole', 'A count larger than the count it is part of.'],
      ['no-figures', 'No figures', 'A measure with no figure at all.'],
      ['month-gap', 'Missing months', 'No figure for a month between two reported months.'],
      [
        'stated-mismatch',
        'Stated figure vs the table',
        "A quarter or year figure the data carries as stated in the report's text that the table works out differently; the table's figure is shown.",
      ],
      [
        'narrative-direction',
        'Narrative direction contradicted',
        'The text says a figure rose or fell, or is above or below another, and the two figures it quotes say otherwise.',
      ],
      ['narrative-fraction', 'Narrative percentage vs its fraction', 'A percentage quoted with a fraction that does not round to it.'],
      ['narrative-rounding', 'Narrative percentage truncated', "A quoted percentage that is the data's fraction cut short instead of rounded."],
      [
        'narrative-untraced',
        'Narrative figure not in the data',
        'A quoted percentage or rate that matches no figure the measures hold: it may be right, but it cannot be checked.',
      ],
    ]);
  });

  it('gives each finding its severity, section and quote, and sorts by kind whatever order they were found in', () => {
    const gap = makeMeasure({ id: 'gap', section: 'referrals-timeliness', serviceArea: 'front-door', unit: 'count', polarity: 'neutral', monthly: monthsFrom([8, null, 9]) });
    const whole = makeMeasure({ id: 'whole', section: 'children-in-care', serviceArea: 'children-in-care', unit: 'count', polarity: 'neutral', basis: 'snapshot', monthly: monthsFrom([10]) });
    const part = makeMeasure({ id: 'part', section: 'children-in-care', serviceArea: 'children-in-care', unit: 'count', polarity: 'neutral', basis: 'snapshot', partOf: 'whole', monthly: monthsFrom([12]) });
    const fraction = makeMeasure({ id: 'fraction', section: 'children-in-care', serviceArea: 'children-in-care', monthly: [{ month: '2023-04', value: 60, numerator: 1, denominator: 2 }] });
    const dataset = makeDataset({ measures: [gap, whole, part, fraction] });
    dataset.sections[0] = { ...dataset.sections[0]!, analysis: [] };
    dataset.sections[1] = { ...dataset.sections[1]!, analysis: [{ type: 'paragraph', text: 'In April 2023 12.5 per 10k and 33.3% of children were seen.' }] };
    const findings = checkDataQuality(dataset);
    expect(findings.map((f) => [f.kind, f.severity, f.sectionId, f.measureId, f.period, f.quote])).toEqual([
      ['fraction-mismatch', 'warning', 'children-in-care', 'fraction', '2023-04', null],
      ['part-exceeds-whole', 'warning', 'children-in-care', 'part', '2023-04', null],
      ['month-gap', 'warning', 'referrals-timeliness', 'gap', '2023-05', null],
      ['narrative-untraced', 'info', 'children-in-care', null, '2023-04', 'In April 2023 12.5 per 10k and 33.3% of children were seen.'],
      ['narrative-untraced', 'info', 'children-in-care', null, '2023-04', 'In April 2023 12.5 per 10k and 33.3% of children were seen.'],
    ]);
  });
});
