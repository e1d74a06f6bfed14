import { describeSpcSignal } from '../../src/presenters/draft-phrases';
import { analyseSpc, type SpcOptions } from '../../src/domain/spc/analyse-spc';
import type { Measure } from '../../src/domain/indicators';
import { buildSpcView, describeSpcIcons } from '../../src/presenters/spc-view';

const spcViewOf = (measure: Measure, options?: SpcOptions) => buildSpcView(measure, analyseSpc(measure, options));
const iconsOf = (measure: Measure, options?: SpcOptions) => describeSpcIcons(analyseSpc(measure, options));
import { csc022 } from '../fixtures/make-measure';
import { makeTimeliness, OUTLIER_VALUES } from '../fixtures/spc-series';

describe('buildSpcView', () => {
  it('gives the message instead of a chart when there are too few months', () => {
    expect(spcViewOf(csc022)).toEqual({ status: 'unavailable', message: 'Not enough data for SPC (6 of 15 months)' });
  });

  it('gives the tile its icons with words and the chart its formatted limits and marked points', () => {
    const view = spcViewOf(makeTimeliness(OUTLIER_VALUES), { throughMonth: '2023-08' });
    if (view.status !== 'ok') throw new Error(view.message);
    expect(view.icons).toEqual({
      variation: { kind: 'concern', side: 'low', label: 'Special cause variation: concern (lower values)' },
      assurance: { kind: 'hit-and-miss', label: 'Assurance: the target will be hit and miss' },
    });
    // Through Aug 2023: 17 points, mean 1362 / 17 = 80.118, mrBar (15 x 4 + 34) / 16 = 5.875, limits 64.49 and 95.74.
    expect(view.chart.segments).toHaveLength(1);
    expect(view.chart.segments[0]?.limits).toMatchObject({ meanText: '80.1%', lowerLimitText: '64.5%', upperLimitText: '95.7%', limitsNote: null });
    expect(view.chart.segmentNote).toBeNull();
    expect(view.chart.points.at(-1)).toEqual({ month: '2023-08', monthLabel: 'Aug 2023', value: 50, valueText: '50.0%', variation: 'concern', rules: ['outside-limits'], signalText: 'a single point outside the process limits', segment: 0, inBaseline: false });
    expect(view.chart.points.filter((p) => p.variation !== 'common-cause')).toHaveLength(1);
    expect(view.chart.explanations).toContain('August 2023 is unusually low: 50.0%, below the lower limit (64.5%), a concern.');
  });

  it('has no assurance icon for a neutral measure', () => {
    const view = spcViewOf(makeTimeliness(OUTLIER_VALUES, { polarity: 'neutral', target: null }));
    expect(view.status === 'ok' && view.icons?.assurance).toBeNull();
  });
});

describe('buildSpcIcons', () => {
  it('gives a tile the same icons as the full view, without the chart', () => {
    expect(iconsOf(makeTimeliness(OUTLIER_VALUES), { throughMonth: '2023-08' })).toEqual({
      variation: { kind: 'concern', side: 'low', label: 'Special cause variation: concern (lower values)' },
      assurance: { kind: 'hit-and-miss', label: 'Assurance: the target will be hit and miss' },
    });
    expect(iconsOf(makeTimeliness(OUTLIER_VALUES, { polarity: 'neutral', target: null }))).toEqual({
      variation: { kind: 'common-cause', side: null, label: 'Common cause variation: no significant change' },
      assurance: null,
    });
  });

  it('gives no icons where there are too few months (CSC 022 has six)', () => {
    expect(iconsOf(csc022)).toBeNull();
  });
});

describe('a point with an improvement and a concern at once', () => {
  // Apr-Nov 2022 alternate 60 / 64, then Dec 2022 to Jun 2023 rise 40, 41 ... 46, every one below the mean.
  // Mean 797 / 15 = 53.13; mrBar (7 x 4 + 24 + 6 x 1) / 14 = 4.143; limits 42.11 and 64.15, lower 2-sigma 45.79.
  // Jun 2023 (46) is in a trend of 7 rising (high) and a run of 7 below the mean (low), and nothing else.
  const RISING_BELOW = [60, 64, 60, 64, 60, 64, 60, 64, 40, 41, 42, 43, 44, 45, 46];
  const higher = makeTimeliness(RISING_BELOW, { target: null });
  // The lower-is-better mirror: a falling trend of 7, every one above the mean.
  const lower = makeTimeliness(
    RISING_BELOW.map((v) => 100 - v),
    { target: null, polarity: 'lower-is-better' },
  );
  const neutral = makeTimeliness(RISING_BELOW, { target: null, polarity: 'neutral' });

  function chart(measure: Measure) {
    const view = spcViewOf(measure);
    if (view.status !== 'ok') throw new Error(view.message);
    return view.chart;
  }

  function drafted(measure: Measure) {
    const result = analyseSpc(measure);
    if (result.status !== 'ok') throw new Error(result.message);
    return describeSpcSignal(measure, result);
  }

  it('shows a rising trend below the mean as improvement when higher is better, not concern: icon and chart colour', () => {
    expect(analyseSpc(higher)).toMatchObject({ variation: { kind: 'improvement', side: 'high', rules: ['shift', 'trend'] } });
    expect(iconsOf(higher)?.variation).toEqual({ kind: 'improvement', side: 'high', label: 'Special cause variation: improvement (higher values)' });
    // Every month of the trend is blue, the three beyond the lower limit too: each is also in the rising trend.
    expect(chart(higher).points.slice(8).map((p) => p.variation)).toEqual(Array(7).fill('improvement'));
  });

  it('shows a falling trend above the mean as improvement when lower is better', () => {
    expect(iconsOf(lower)?.variation).toEqual({ kind: 'improvement', side: 'low', label: 'Special cause variation: improvement (lower values)' });
    expect(chart(lower).points.slice(8).map((p) => p.variation)).toEqual(Array(7).fill('improvement'));
  });

  it('says why in the tooltip and table words: the improvement first, then the concern it outweighs', () => {
    expect(chart(higher).points.at(-1)).toMatchObject({
      variation: 'improvement',
      rules: ['shift', 'trend'],
      signalText: 'a trend of 7 or more points all increasing; also a concern: a run of 7 or more points below the mean (a month with both shows as improvement)',
    });
    expect(chart(higher).points[8]?.signalText).toBe(
      'a trend of 7 or more points all increasing; also a concern: a single point outside the process limits, a run of 7 or more points below the mean and ' +
        'two out of three points close to or beyond the lower process limit (a month with both shows as improvement)',
    );
  });

  it('says so in the caption and the drafted commentary', () => {
    expect(chart(higher).explanations.at(-1)).toBe(
      'Latest month (June 2023): special cause variation, an improvement (a trend of 7 or more points all increasing), though also a concern ' +
        '(a run of 7 or more points below the mean); with both, Making Data Count shows an improvement.',
    );
    expect(drafted(higher)).toEqual([
      'Statistical process control: June 2023 is a signal of improvement: a trend of 7 or more points all increasing, though also a run of 7 or more points below the mean, a signal of concern.',
    ]);
    expect(drafted(lower)).toEqual([
      'Statistical process control: June 2023 is a signal of improvement: a trend of 7 or more points all decreasing, though also a run of 7 or more points above the mean, a signal of concern.',
    ]);
  });

  it('gives a neutral measure neither (purple), with no side, and says the signals go both ways', () => {
    expect(iconsOf(neutral)?.variation).toEqual({ kind: 'neither', side: null, label: 'Special cause variation: signals both high and low (neither good nor bad)' });
    expect(chart(neutral).points.at(-1)).toMatchObject({
      variation: 'neither',
      signalText: 'a run of 7 or more points below the mean; a trend of 7 or more points all increasing',
    });
    expect(chart(neutral).explanations.at(-1)).toBe(
      'Latest month (June 2023): special cause variation with signals both ways: a run of 7 or more points below the mean and a trend of 7 or more points all increasing.',
    );
    expect(drafted(neutral)).toEqual([
      'Statistical process control: June 2023 is unusual, with signals both ways: a run of 7 or more points below the mean and a trend of 7 or more points all increasing.',
    ]);
  });
});
