import { chooseValueAxis } from '../../src/presenters/choose-value-axis';

describe('chooseValueAxis', () => {
  it('keeps percentages on 0-100% when the line spans 15 pp or more', () => {
    // CSC 178: 42.9% to 90.9%.
    const axis = chooseValueAxis({ unit: 'percent', values: [90.9, 75.0, 68.8, 42.9, 66.7, 83.9, null], references: [74.4] });
    expect(axis).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100], zoomed: false, note: 'Axis from 0% to 100%' });
  });

  it('zooms in on a narrow percentage line, keeping the target and last year on the chart, and says so', () => {
    // CSC 026: 1.0% to 6.0% against a 5% target; 2022/23 outturn 0.8%.
    const axis = chooseValueAxis({ unit: 'percent', values: [1.4, 1.4, 2.3, 1.0, 6.0, 1.4], references: [5, 0.8] });
    expect(axis).toEqual({ domain: [0, 8], ticks: [0, 2, 4, 6, 8], zoomed: true, note: 'Axis from 0% to 8%, not 0% to 100%, so that small changes show' });
    // CSC 186: 0.0% to 3.1% of plans lasting 2+ years against a 5% target.
    expect(chooseValueAxis({ unit: 'percent', values: [0, 0, 1.5, 3.1], references: [5] }).note).toBe(
      'Axis from 0% to 6%, not 0% to 100%, so that small changes show',
    );
  });

  it('does not zoom on a line that does not move, where zooming shows nothing more', () => {
    // CSC 227: allocation at 100% every month against a 100% target.
    expect(chooseValueAxis({ unit: 'percent', values: [100, 100, 100], references: [100] })).toMatchObject({ domain: [0, 100], zoomed: false });
    expect(chooseValueAxis({ unit: 'percent', values: [null, 81.3] }).domain).toEqual([0, 100]);
    expect(chooseValueAxis({ unit: 'count', values: [354, 354] })).toMatchObject({ domain: [0, 400], zoomed: false });
  });

  it('treats a 14.9 pp line as narrow and a 15 pp one as not', () => {
    expect(chooseValueAxis({ unit: 'percent', values: [60, 74.9] }).zoomed).toBe(true);
    expect(chooseValueAxis({ unit: 'percent', values: [60, 75] }).zoomed).toBe(false);
  });

  it('starts counts at zero unless the line barely moves, and then says the axis does not start at zero', () => {
    // Missing episodes: 24 to 62.
    expect(chooseValueAxis({ unit: 'count', values: [24, 55, 38, 62, 40, 42] })).toEqual({ domain: [0, 80], ticks: [0, 20, 40, 60, 80], zoomed: false, note: 'Axis from 0 to 80' });
    // Children in care: 322 to 358.
    const inCare = chooseValueAxis({ unit: 'count', values: [322, 332, 343, 358, 354, 354] });
    expect(inCare.domain).toEqual([310, 370]);
    expect(inCare.note).toBe('Axis from 310 to 370: it does not start at zero, so that small changes show');
    expect(inCare.ticks).toEqual([310, 320, 330, 340, 350, 360, 370]);
  });

  it('always starts bars at zero', () => {
    expect(chooseValueAxis({ unit: 'percent', values: [77.7, 72.1, 84.1, 79.5], references: [90], startAtZero: true }).domain).toEqual([0, 100]);
    expect(chooseValueAxis({ unit: 'percent', values: [4.7, 5.6, 0.8, 1.9], references: [5], startAtZero: true }).domain).toEqual([0, 8]);
    expect(chooseValueAxis({ unit: 'count', values: [272, 273, 322, 354], startAtZero: true }).domain).toEqual([0, 400]);
  });

  it('gives a full axis when there is nothing to plot', () => {
    expect(chooseValueAxis({ unit: 'percent', values: [null, null] }).domain).toEqual([0, 100]);
    expect(chooseValueAxis({ unit: 'rate-per-10k', values: [] }).domain).toEqual([0, 10]);
  });
});

describe('chooseValueAxis, whole axes', () => {
  const axis = (domain: [number, number], ticks: number[], zoomed: boolean, note: string) => ({ domain, ticks, zoomed, note });

  it('ignores missing and non-finite figures and references', () => {
    expect(chooseValueAxis({ unit: 'count', values: [null, NaN, 10, 12, Infinity], references: [null, NaN] })).toEqual(
      axis([0, 15], [0, 5, 10, 15], false, 'Axis from 0 to 15'),
    );
  });

  it('keeps references on the chart when there is nothing else to plot', () => {
    expect(chooseValueAxis({ unit: 'percent', values: [null], references: [90] })).toEqual(axis([0, 100], [0, 20, 40, 60, 80, 100], false, 'Axis from 0% to 100%'));
    expect(chooseValueAxis({ unit: 'count', values: [], references: [50] })).toEqual(axis([0, 60], [0, 20, 40, 60], false, 'Axis from 0 to 60'));
  });

  it('starts bars at zero: small percentages zoom to a shorter scale and say so, counts and rates do not', () => {
    expect(chooseValueAxis({ unit: 'percent', values: [2, 5, 8], startAtZero: true })).toEqual(
      axis([0, 10], [0, 2, 4, 6, 8, 10], true, 'Axis from 0% to 10%, not 0% to 100%, so that small changes show'),
    );
    expect(chooseValueAxis({ unit: 'percent', values: [5, 15], startAtZero: true })).toEqual(axis([0, 100], [0, 20, 40, 60, 80, 100], false, 'Axis from 0% to 100%'));
    expect(chooseValueAxis({ unit: 'count', values: [3, 7], startAtZero: true })).toEqual(axis([0, 8], [0, 2, 4, 6, 8], false, 'Axis from 0 to 8'));
    expect(chooseValueAxis({ unit: 'rate-per-10k', values: [2, 5.5], startAtZero: true })).toEqual(
      axis([0, 8], [0, 2, 4, 6, 8], false, 'Axis from 0 per 10k to 8 per 10k'),
    );
  });

  it('zooms a narrow count or rate line with whole or fine steps, and not one spanning 15% of its highest figure', () => {
    expect(chooseValueAxis({ unit: 'count', values: [100, 104, 108] })).toEqual(
      axis([96, 111], [96, 99, 102, 105, 108, 111], true, 'Axis from 96 to 111: it does not start at zero, so that small changes show'),
    );
    expect(chooseValueAxis({ unit: 'count', values: [10, 11] })).toEqual(axis([9, 12], [9, 10, 11, 12], true, 'Axis from 9 to 12: it does not start at zero, so that small changes show'));
    expect(chooseValueAxis({ unit: 'rate-per-10k', values: [50.1, 50.5, 51] })).toEqual(
      axis([49.75, 51.25], [49.75, 50, 50.25, 50.5, 50.75, 51, 51.25], true, 'Axis from 49.8 per 10k to 51.3 per 10k: it does not start at zero, so that small changes show'),
    );
    expect(chooseValueAxis({ unit: 'count', values: [85, 100] })).toEqual(axis([0, 125], [0, 25, 50, 75, 100, 125], false, 'Axis from 0 to 125'));
  });

  it('zooms a narrow percentage line up to 100% or down to 0% and still calls it zoomed', () => {
    expect(chooseValueAxis({ unit: 'percent', values: [96, 99], references: [100] })).toEqual(
      axis([94, 100], [94, 96, 98, 100], true, 'Axis from 94% to 100%, not 0% to 100%, so that small changes show'),
    );
    expect(chooseValueAxis({ unit: 'percent', values: [1, 3] })).toEqual(axis([0, 4], [0, 1, 2, 3, 4], true, 'Axis from 0% to 4%, not 0% to 100%, so that small changes show'));
  });
});
