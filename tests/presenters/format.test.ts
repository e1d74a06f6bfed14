import { formatChange, formatDate, formatDifference, formatRelative, formatTarget, formatValue } from '../../src/presenters/format';

describe('formatValue', () => {
  it('shows percentages to one decimal place, as the report does', () => {
    expect(formatValue(78, 'percent')).toBe('78.0%');
    expect(formatValue(65.0, 'percent')).toBe('65.0%');
    expect(formatValue(70.17543859649123, 'percent')).toBe('70.2%');
  });

  it('shows counts as whole numbers with thousands separators', () => {
    expect(formatValue(1650, 'count')).toBe('1,650');
    expect(formatValue(354, 'count')).toBe('354');
  });

  it('shows rates per 10,000 to one decimal place', () => {
    expect(formatValue(159.1, 'rate-per-10k')).toBe('159.1 per 10k');
    expect(formatValue(53, 'rate-per-10k')).toBe('53.0 per 10k');
  });

  it('shows a missing figure as a dash, never as zero', () => {
    expect(formatValue(null, 'percent')).toBe('—');
    expect(formatValue(null, 'count')).toBe('—');
  });

  it('does not show negative zero', () => {
    expect(formatValue(-0.01, 'percent')).toBe('0.0%');
  });
});

describe('formatChange', () => {
  it('signs changes and uses percentage points for percentages', () => {
    expect(formatChange(3.2, 'percent')).toBe('+3.2 pp');
    expect(formatChange(-21.3, 'percent')).toBe('\u221221.3 pp');
    expect(formatChange(-4, 'count')).toBe('\u22124');
    expect(formatChange(12.5, 'rate-per-10k')).toBe('+12.5 per 10k');
  });

  it('rounds away binary noise before choosing a sign', () => {
    // 81.3 - 65.0 is 16.299999999999997 in floating point.
    expect(formatChange(81.3 - 65.0, 'percent')).toBe('+16.3 pp');
    expect(formatChange(0.1 + 0.2 - 0.3, 'percent')).toBe('0.0 pp');
  });
});

describe('formatDifference, formatTarget and formatRelative', () => {
  it('writes unsigned differences in the unit of the measure', () => {
    expect(formatDifference(25, 'percent')).toBe('25.0 pp');
    expect(formatDifference(4, 'count')).toBe('4');
    expect(formatDifference(3.6, 'rate-per-10k')).toBe('3.6 per 10k');
  });

  it('writes targets without a trailing .0', () => {
    expect(formatTarget(90, 'percent')).toBe('90%');
    expect(formatTarget(95, 'count')).toBe('95');
    expect(formatTarget(52.5, 'rate-per-10k')).toBe('52.5 per 10k');
  });

  it('writes ratios as signed percentages', () => {
    expect(formatRelative(4 / 95)).toBe('+4.2%');
    expect(formatRelative(-0.25)).toBe('\u221225.0%');
  });
});

describe('formatDate', () => {
  it('writes an ISO date in full, in British order', () => {
    expect(formatDate('2023-09-30')).toBe('30 September 2023');
  });

  it('returns an impossible date unchanged rather than "Invalid Date"', () => {
    expect(formatDate('2023-09-31')).toBe('2023-09-31');
    expect(formatDate('soon')).toBe('soon');
  });
});
