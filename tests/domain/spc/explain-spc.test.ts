import type { Measure } from '../../../src/data/indicator-schema';
import { analyseSpc, type SpcAnalysis } from '../../../src/domain/spc/analyse-spc';
import { describeAssuranceIcon, describeVariationIcon, explainSpc } from '../../../src/domain/spc/explain-spc';
import { makeTimeliness, OUTLIER_VALUES } from './spc-series';

function explain(measure: Measure): string[] {
  const result = analyseSpc(measure);
  if (result.status !== 'ok') throw new Error(result.message);
  return explainSpc(result as SpcAnalysis, measure);
}

describe('explainSpc', () => {
  it('explains the August 2023 outlier in plain English (limits worked out in spc-series.ts)', () => {
    expect(explain(makeTimeliness(OUTLIER_VALUES))).toEqual([
      'Average 80.2% over 18 months (April 2022 to September 2023); process limits 60.5% to 99.9%.',
      'August 2023 is unusually low: 50.0%, below the lower limit (60.5%), a concern.',
      'Latest month (September 2023): common cause variation, no sign of real change.',
      'The 90% target lies between the process limits: it will be met in some months and missed in others.',
    ]);
  });

  it('describes a shift, and a neutral measure\'s signal as neither good nor bad', () => {
    // Mean 774 / 15 = 51.6; mrBar (7 x 4 + 1 + 6 x 1) / 14 = 2.5, limits 44.95 to 58.25, 2-sigma 47.17 to 56.03.
    // 52 in Nov 2022 and the seven months after are above 51.6: a run of 8.
    const values = [48, 52, 48, 52, 48, 52, 48, 52, 53, 54, 53, 54, 53, 54, 53];
    expect(explain(makeTimeliness(values, { polarity: 'neutral', target: null }))).toEqual([
      'Average 51.6% over 15 months (April 2022 to June 2023); process limits 45.0% to 58.3%.',
      'From November 2022 to June 2023, 8 months in a row were above the average (51.6%): a shift.',
      'Latest month (June 2023): special cause variation, unusually high.',
    ]);
  });

  it('describes a rising trend, two-of-three, a gap in the series and a target that will always be missed', () => {
    // Apr-Dec 2022 alternate 47 / 53 (Aug 2022 empty), then Jan-Jul 2023 rise: 44, 45, 47, 49, 52, 59, 60.
    // Mean 756 / 15 = 50.4; moving ranges 7 x 6, then 9, 1, 2, 2, 3, 7, 1: 67 / 14 = 4.786.
    // Limits 50.4 +/- 12.73 = 37.67 / 63.13; upper 2-sigma 50.4 + 8.485 = 58.885, passed by Jun and Jul 2023.
    const values = [47, 53, 47, 53, null, 47, 53, 47, 53, 44, 45, 47, 49, 52, 59, 60];
    expect(explain(makeTimeliness(values, { polarity: 'lower-is-better', target: 30 }))).toEqual([
      'Average 50.4% over 15 months (April 2022 to July 2023); process limits 37.7% to 63.1%.',
      'No figure for August 2022: the chart joins the months either side.',
      'From January to July 2023, 7 months in a row each rose: a trend, a concern.',
      'June and July 2023 were close to or beyond the upper limit (above 58.9%): 2 of 3 months in a row, a concern.',
      'Latest month (July 2023): special cause variation, unusually high: a concern.',
      'The 30% target is below the lower limit (37.7%): it will consistently be missed unless the process changes.',
    ]);
  });
});

describe('icon text alternatives', () => {
  it('names the variation with its direction, in words', () => {
    expect(describeVariationIcon({ kind: 'common-cause', side: null })).toBe('Common cause variation: no significant change');
    expect(describeVariationIcon({ kind: 'improvement', side: 'high' })).toBe('Special cause variation: improvement (higher values)');
    expect(describeVariationIcon({ kind: 'concern', side: 'low' })).toBe('Special cause variation: concern (lower values)');
    expect(describeVariationIcon({ kind: 'neither', side: 'high' })).toBe('Special cause variation: unusually high (neither good nor bad)');
  });

  it('names the assurance, and gives none without a target', () => {
    expect(describeAssuranceIcon('pass')).toBe('Assurance: the target will consistently be met');
    expect(describeAssuranceIcon('fail')).toBe('Assurance: the target will consistently be missed');
    expect(describeAssuranceIcon('hit-and-miss')).toBe('Assurance: the target will be hit and miss');
    expect(describeAssuranceIcon('none')).toBeNull();
  });
});
