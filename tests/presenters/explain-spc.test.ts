import type { Measure } from '../../src/domain/indicators';
import { analyseSpc, type SpcAnalysis } from '../../src/domain/spc/analyse-spc';
import type { ClampedLimits } from '../../src/domain/spc/compute-xmr-limits';
import { describeAssuranceIcon, describeVariationIcon, explainPointSignal, explainSpc, nameRule } from '../../src/presenters/explain-spc';
import type { SignalEpisode, Side } from '../../src/domain/spc/detect-special-causes';
import { shiftMonth } from '../../src/domain/period';
import { makeTimeliness, OUTLIER_VALUES } from '../fixtures/spc-series';

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

describe('explainSpc sentences, from analyses built by hand', () => {
  // Twelve months from April 2023 around a mean of 50: limits 36.7 to 63.3, 2-sigma lines 41.1 and 58.9.
  const VALUES = [50, 70, 52, 68, 49, 71, 50, 72, 51, 30, 50, 52];
  const limits = {
    mean: 50,
    mrBar: 5,
    upperProcessLimit: 63.3,
    lowerProcessLimit: 36.7,
    upperTwoSigma: 58.9,
    lowerTwoSigma: 41.1,
    upperOneSigma: 54.4,
    lowerOneSigma: 45.6,
    display: { upper: 63.3, lower: 36.7, clamped: null as ClampedLimits | null },
  };
  const points = (values: number[]) => values.map((value, i) => ({ month: shiftMonth('2023-04', i), value, hits: [], segment: 0 }));
  // One segment of every point, on the analysis's limits, unless the case gives its own segments.
  const analysis = (overrides: Partial<SpcAnalysis> = {}): SpcAnalysis => {
    const built: SpcAnalysis = {
      status: 'ok',
      points: points(VALUES),
      segments: [],
      limits,
      episodes: [],
      variation: { kind: 'common-cause', side: null, rules: [] },
      assurance: 'none',
      skippedMonths: [],
      ...overrides,
    };
    const n = built.points.length;
    return overrides.segments ? built : { ...built, segments: [{ start: 0, end: n - 1, rebase: null, limitPoints: n, fixedBaseline: false, limits: built.limits }] };
  };
  const measure = (overrides: Partial<Measure> = {}) => makeTimeliness([], { target: null, ...overrides });
  const outlier = (side: Side, at: number): SignalEpisode => ({ rule: 'outside-limits', side, start: at, end: at });
  // The sentences between the limits sentence and the latest-month one.
  const middle = (a: SpcAnalysis, m: Measure = measure()) => explainSpc(a, m).slice(1, -1);

  it('opens with the average and limits, and adds the note on limits drawn at 0 or 100', () => {
    const clamped = { upper: null, lower: { computed: -3.2, edge: 0 } };
    const sentences = explainSpc(analysis({ limits: { ...limits, display: { ...limits.display, clamped } } }), measure());
    expect(sentences.slice(0, 2)).toEqual([
      'Average 50.0% over 12 months (April 2023 to March 2024); process limits 36.7% to 63.3%.',
      'The lower limit (-3.2%) is below 0%, which cannot happen, so it is drawn at the edge.',
    ]);
  });

  it('gives one sentence to outliers on one side within 3 months of each other', () => {
    expect(middle(analysis({ episodes: [outlier('high', 1), outlier('high', 3), outlier('high', 5)] }))).toEqual([
      'May, July and September 2023 are unusually high: above the upper limit (63.3%), an improvement.',
    ]);
  });

  it('starts a new sentence for an outlier more than 3 months after the last, or on the other side', () => {
    expect(middle(analysis({ episodes: [outlier('high', 1), outlier('high', 5)] }))).toEqual([
      'May 2023 is unusually high: 70.0%, above the upper limit (63.3%), an improvement.',
      'September 2023 is unusually high: 71.0%, above the upper limit (63.3%), an improvement.',
    ]);
    expect(middle(analysis({ episodes: [outlier('high', 5), outlier('low', 9)] }), measure({ polarity: 'lower-is-better' }))).toEqual([
      'September 2023 is unusually high: 71.0%, above the upper limit (63.3%), a concern.',
      'January 2024 is unusually low: 30.0%, below the lower limit (36.7%), an improvement.',
    ]);
  });

  it('does not join an outlier to an earlier group when another signal came between, nor to a shift', () => {
    const shift: SignalEpisode = { rule: 'shift', side: 'high', start: 2, end: 8 };
    expect(middle(analysis({ episodes: [outlier('high', 1), shift, outlier('high', 3)] }), measure({ polarity: 'neutral' }))).toEqual([
      'May 2023 is unusually high: 70.0%, above the upper limit (63.3%).',
      'From June to December 2023, 7 months in a row were above the average (50.0%): a shift.',
      'July 2023 is unusually high: 68.0%, above the upper limit (63.3%).',
    ]);
    expect(middle(analysis({ episodes: [{ rule: 'shift', side: 'high', start: 0, end: 6 }, outlier('high', 7)] }), measure({ polarity: 'neutral' }))).toEqual([
      'From April to October 2023, 7 months in a row were above the average (50.0%): a shift.',
      'November 2023 is unusually high: 72.0%, above the upper limit (63.3%).',
    ]);
  });

  it('words shifts below the average and falling trends', () => {
    expect(
      middle(analysis({ episodes: [{ rule: 'shift', side: 'low', start: 4, end: 11 }, { rule: 'trend', side: 'low', start: 0, end: 6 }] })),
    ).toEqual([
      'From August 2023 to March 2024, 8 months in a row were below the average (50.0%): a shift, a concern.',
      'From April to October 2023, 7 months in a row each fell: a trend, a concern.',
    ]);
  });

  it('names the months beyond a 2-sigma line, not those on it, and says how often', () => {
    // Upper 2-sigma 58.9: May (70) and Jul (68) are above it, Jun (58.9) is on it.
    const onTheLine = points([50, 70, 58.9, 68, 50, 50, 50, 50, 50, 50, 50, 50]);
    expect(middle(analysis({ points: onTheLine, episodes: [{ rule: 'two-of-three', side: 'high', start: 1, end: 3 }] }))).toEqual([
      'May and July 2023 were close to or beyond the upper limit (above 58.9%): 2 of 3 months in a row, an improvement.',
    ]);
    const low = points([50, 40, 30, 41.1, 35, 50, 20, 38, 39, 50, 50, 50]);
    expect(middle(analysis({ points: low, episodes: [{ rule: 'two-of-three', side: 'low', start: 1, end: 4 }] }))).toEqual([
      'May, June and August 2023 were close to or beyond the lower limit (below 41.1%): at least 2 of every 3 months in a row, a concern.',
    ]);
    expect(middle(analysis({ points: low, episodes: [{ rule: 'two-of-three', side: 'low', start: 1, end: 8 }] }))).toEqual([
      'From May to December 2023, at least 2 of every 3 months were close to or beyond the lower limit (below 41.1%), a concern.',
    ]);
  });

  it('describes the latest month by its variation', () => {
    const latest = (variation: SpcAnalysis['variation']) => explainSpc(analysis({ variation }), measure()).at(-1);
    expect(latest({ kind: 'improvement', side: 'high', rules: ['shift'] })).toBe('Latest month (March 2024): special cause variation, unusually high: an improvement.');
    expect(latest({ kind: 'concern', side: 'low', rules: ['shift'] })).toBe('Latest month (March 2024): special cause variation, unusually low: a concern.');
    expect(latest({ kind: 'neither', side: 'low', rules: ['shift'] })).toBe('Latest month (March 2024): special cause variation, unusually low.');
  });

  it('says whether the target can be relied on, only with a target and an assurance', () => {
    const last = (assurance: SpcAnalysis['assurance'], target: number | null) => explainSpc(analysis({ assurance }), measure({ target })).at(-1);
    expect(last('pass', 30)).toBe('The 30% target is below the lower limit (36.7%): it will consistently be met unless the process changes.');
    expect(last('fail', 70)).toBe('The 70% target is above the upper limit (63.3%): it will consistently be missed unless the process changes.');
    expect(last('pass', 70)).toBe('The 70% target is above the upper limit (63.3%): it will consistently be met unless the process changes.');
    expect(last('pass', null)).toMatch(/^Latest month/);
    expect(last('none', 90)).toMatch(/^Latest month/);
  });

  it('gives the neither-good-nor-bad icon its side in words', () => {
    expect(describeVariationIcon({ kind: 'neither', side: 'low' })).toBe('Special cause variation: unusually low (neither good nor bad)');
    expect(describeVariationIcon({ kind: 'neither', side: null })).toBe('Special cause variation: signals both high and low (neither good nor bad)');
  });
});

describe('rule names, in the words of the Making Data Count guidance', () => {
  it('names each rule on its side', () => {
    expect(nameRule({ rule: 'outside-limits', side: 'high' })).toBe('a single point outside the process limits');
    expect(nameRule({ rule: 'outside-limits', side: 'low' })).toBe('a single point outside the process limits');
    expect(nameRule({ rule: 'shift', side: 'high' })).toBe('a run of 7 or more points above the mean');
    expect(nameRule({ rule: 'shift', side: 'low' })).toBe('a run of 7 or more points below the mean');
    expect(nameRule({ rule: 'trend', side: 'high' })).toBe('a trend of 7 or more points all increasing');
    expect(nameRule({ rule: 'trend', side: 'low' })).toBe('a trend of 7 or more points all decreasing');
    expect(nameRule({ rule: 'two-of-three', side: 'high' })).toBe('two out of three points close to or beyond the upper process limit');
    expect(nameRule({ rule: 'two-of-three', side: 'low' })).toBe('two out of three points close to or beyond the lower process limit');
  });

  it('says why a point is flagged, every rule in order, and nothing for common cause', () => {
    expect(explainPointSignal([], 'higher-is-better')).toBeNull();
    expect(
      explainPointSignal(
        [
          { rule: 'outside-limits', side: 'high' },
          { rule: 'two-of-three', side: 'high' },
        ],
        'lower-is-better',
      ),
    ).toBe('a single point outside the process limits; two out of three points close to or beyond the upper process limit');
  });
});
