import { buildSpcIcons, buildSpcView } from '../../../src/domain/spc/build-spc-view';
import { csc022 } from '../../fixtures/make-measure';
import { makeTimeliness, OUTLIER_VALUES } from '../../fixtures/spc-series';

describe('buildSpcView', () => {
  it('gives the message instead of a chart when there are too few months', () => {
    expect(buildSpcView(csc022)).toEqual({ status: 'unavailable', message: 'Not enough data for SPC (6 of 15 months)' });
  });

  it('gives the tile its icons with words and the chart its formatted limits and marked points', () => {
    const view = buildSpcView(makeTimeliness(OUTLIER_VALUES), { throughMonth: '2023-08' });
    if (view.status !== 'ok') throw new Error(view.message);
    expect(view.icons).toEqual({
      variation: { kind: 'concern', side: 'low', label: 'Special cause variation: concern (lower values)' },
      assurance: { kind: 'hit-and-miss', label: 'Assurance: the target will be hit and miss' },
    });
    // Through Aug 2023: 17 points, mean 1362 / 17 = 80.118, mrBar (15 x 4 + 34) / 16 = 5.875, limits 64.49 and 95.74.
    expect(view.chart).toMatchObject({ meanText: '80.1%', lowerLimitText: '64.5%', upperLimitText: '95.7%', limitsNote: null });
    expect(view.chart.points.at(-1)).toEqual({ month: '2023-08', monthLabel: 'Aug 2023', value: 50, valueText: '50.0%', variation: 'concern', rules: ['outside-limits'] });
    expect(view.chart.points.filter((p) => p.variation !== 'common-cause')).toHaveLength(1);
    expect(view.chart.explanations).toContain('August 2023 is unusually low: 50.0%, below the lower limit (64.5%), a concern.');
  });

  it('has no assurance icon for a neutral measure', () => {
    const view = buildSpcView(makeTimeliness(OUTLIER_VALUES, { polarity: 'neutral', target: null }));
    expect(view.status === 'ok' && view.icons.assurance).toBeNull();
  });
});

describe('buildSpcIcons', () => {
  it('gives a tile the same icons as the full view, without the chart', () => {
    expect(buildSpcIcons(makeTimeliness(OUTLIER_VALUES), { throughMonth: '2023-08' })).toEqual({
      variation: { kind: 'concern', side: 'low', label: 'Special cause variation: concern (lower values)' },
      assurance: { kind: 'hit-and-miss', label: 'Assurance: the target will be hit and miss' },
    });
    expect(buildSpcIcons(makeTimeliness(OUTLIER_VALUES, { polarity: 'neutral', target: null }))).toEqual({
      variation: { kind: 'common-cause', side: null, label: 'Common cause variation: no significant change' },
      assurance: null,
    });
  });

  it('gives no icons where there are too few months (CSC 022 has six)', () => {
    expect(buildSpcIcons(csc022)).toBeNull();
  });
});
