import { buildDirectionView, buildTileView, describeSparkline } from '../../src/presenters/build-tile-view';
import { describeNoComparison } from '../../src/domain/compare-direction';
import { createMonthPeriod } from '../../src/domain/period';
import { summariseMeasure } from '../../src/domain/summarise-measure';
import { csc022, csc201, makeMeasure, monthsFrom } from '../fixtures/make-measure';

const september = createMonthPeriod('2023-09');
const august = createMonthPeriod('2023-08');

describe('buildTileView', () => {
  it('formats everything a tile shows for CSC 022 in Sep 2023', () => {
    const tile = buildTileView(summariseMeasure(csc022, september, '2023/24'));
    expect(tile).toEqual({
      id: 'csc-022',
      code: 'CSC 022',
      title: 'Monthly % of referrals completed within 1 working day',
      heading: 'CSC 022: Monthly % of referrals completed within 1 working day',
      valueText: '81.3%',
      valueNote: null,
      target: 90,
      targetText: 'Target 90%',
      targetNote: null,
      variance: { text: '8.7 pp below the 90% target', tone: 'unfavourable' },
      status: 'off-target',
      statusLabel: 'Off target',
      direction: { kind: 'improving', arrow: 'up', text: 'Improving: up 16.3 pp on Aug 2023' },
      lastYear: { kind: 'unknown', arrow: 'none', text: 'No comparison available' },
      sparkline: expect.any(Array) as unknown,
      sparklineEvents: [],
      sparklineLabel:
        'Monthly figures Apr–Sep 2023: from 82.4% to 81.3%; lowest 65.0% (Aug 2023), highest 86.7% (May 2023)',
      // Six months are too few for SPC icons (tests/domain/build-tile-view-spc.test.ts).
      spc: null,
      family: null,
      benchmark: null,
    });
  });

  it('has no target text or variance without a target', () => {
    const tile = buildTileView(summariseMeasure(csc201, september, '2023/24'));
    expect(tile).toMatchObject({ targetText: null, target: null, variance: null, valueText: '354' });
  });

  it('calls a neutral measure’s target a comparator, since it sets no status', () => {
    const neutral = makeMeasure({ id: 'n', unit: 'count', polarity: 'neutral', target: 350, monthly: monthsFrom([340, 354]) });
    expect(buildTileView(summariseMeasure(neutral, createMonthPeriod('2023-05'), '2023/24')).targetText).toBe('Comparator 350');
  });

  it('marks a favourable variance so the tile can colour it (in words as well)', () => {
    const tile = buildTileView(summariseMeasure({ ...csc022, target: 80 }, september, '2023/24'));
    expect(tile).toMatchObject({ variance: { tone: 'favourable', text: '1.3 pp above the 80% target' }, status: 'on-target' });
  });

  it('carries the note saying what the figure stands for', () => {
    const tile = buildTileView(summariseMeasure(csc022, august, '2023/24'));
    expect(tile.valueNote).toBeNull();
    const q2 = buildTileView(summariseMeasure(csc022, { ...september, kind: 'quarter', key: '2023-24-Q2', label: 'Q2 2023/24', months: ['2023-07', '2023-08', '2023-09'], quarter: 2 }, '2023/24'));
    expect(q2.valueNote).toBe('Sep 2023 only, not the quarter: a quarter figure needs numerators and denominators');
  });
});

describe('describeSparkline', () => {
  const point = (month: string, value: number | null) => ({ month, value });

  it('says so when no month has a figure', () => {
    expect(describeSparkline([point('2023-04', null), point('2023-05', null)], 'percent')).toBe('No monthly figures this year');
    expect(describeSparkline([], 'count')).toBe('No monthly figures this year');
  });

  it('names the only figure when there is one', () => {
    expect(describeSparkline([point('2023-04', null), point('2023-05', 12), point('2023-06', null)], 'count')).toBe(
      'Only one monthly figure: 12 in May 2023',
    );
  });

  it('gives range, first, last, lowest and highest, skipping gaps', () => {
    const points = [point('2023-04', 30), point('2023-05', null), point('2023-06', 12), point('2023-07', 45), point('2023-08', 20), point('2023-09', null)];
    expect(describeSparkline(points, 'count')).toBe('Monthly figures Apr–Aug 2023: from 30 to 20; lowest 12 (Jun 2023), highest 45 (Jul 2023)');
  });

  it('keeps the first month of a tie for lowest and highest', () => {
    const points = [point('2023-04', 5), point('2023-05', 9), point('2023-06', 5), point('2023-07', 9)];
    expect(describeSparkline(points, 'rate-per-10k')).toBe(
      'Monthly figures Apr–Jul 2023: from 5.0 per 10k to 9.0 per 10k; lowest 5.0 per 10k (Apr 2023), highest 9.0 per 10k (May 2023)',
    );
  });
});

describe('buildDirectionView', () => {
  const direction = (change: number | null) => ({ kind: 'up' as const, change, relative: null, comparedWith: 'Aug 2023', reason: null });

  it('points the arrow by the sign of the change', () => {
    expect(buildDirectionView(direction(2), 'count')).toEqual({ kind: 'up', arrow: 'up', text: 'Up 2 on Aug 2023' });
    expect(buildDirectionView(direction(-0.1), 'percent')).toEqual({ kind: 'up', arrow: 'down', text: 'Down 0.1 pp on Aug 2023' });
    expect(buildDirectionView({ ...direction(0), kind: 'no-change' }, 'count')).toEqual({ kind: 'no-change', arrow: 'flat', text: 'No change on Aug 2023' });
  });

  it('has no arrow when there is no comparison, and says why', () => {
    expect(buildDirectionView(describeNoComparison({ kind: 'not-like-for-like' }, 'Q1 2023/24'), 'count')).toEqual({
      kind: 'unknown',
      arrow: 'none',
      text: 'No like-for-like comparison with Q1 2023/24',
    });
  });
});
