import { formatClockTime, formatDayAndTime, formatDecimal, formatLongDate } from '../../src/presenters/format-en-gb';
import { roundTo } from '../../src/domain/numbers';

describe('formatDecimal', () => {
  it('writes figures from the bundled report as en-GB does', () => {
    expect(formatDecimal(1650, 0, 0)).toBe('1,650');
    expect(formatDecimal(354, 0, 0)).toBe('354');
    expect(formatDecimal(78, 1, 1)).toBe('78.0');
    expect(formatDecimal(159.1, 1, 1)).toBe('159.1');
    expect(formatDecimal(52.5, 0, 1)).toBe('52.5');
    expect(formatDecimal(90, 0, 1)).toBe('90');
    expect(formatDecimal(1234567.8, 1, 1)).toBe('1,234,567.8');
    expect(formatDecimal(-4, 0, 0)).toBe('-4');
    expect(formatDecimal(0, 1, 1)).toBe('0.0');
  });

  it('agrees with Intl.NumberFormat en-GB on rounded figures of every size and sign', () => {
    const formats = [
      { min: 0, max: 0, intl: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }) },
      { min: 1, max: 1, intl: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) },
      { min: 0, max: 1, intl: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }) },
    ];
    // A spread of magnitudes with awkward binary fractions (x.x5, x.x49999...).
    const values: number[] = [];
    for (let i = 0; i < 4000; i++) values.push(((i * 7919) % 100003) / 100 - 300, i ** 2.5 / 37, 81.3 - 65.0 + i / 1000);
    for (const { min, max, intl } of formats) {
      for (const raw of values) {
        const rounded = roundTo(raw, max);
        const value = rounded === 0 ? 0 : rounded;
        expect(formatDecimal(value, min, max), `${raw} at ${min}-${max} decimals`).toBe(intl.format(value));
      }
    }
  });
});

describe('formatLongDate', () => {
  it('writes a UTC date as "30 September 2023", as Intl does for en-GB', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const iso of ['2023-09-30', '2024-01-01', '2024-02-29', '2023-12-31', '2021-05-07']) {
      const date = new Date(`${iso}T00:00:00Z`);
      expect(formatLongDate(date)).toBe(intl.format(date));
    }
    expect(formatLongDate(new Date('2023-09-30T00:00:00Z'))).toBe('30 September 2023');
  });
});

describe('formatClockTime and formatDayAndTime', () => {
  it('write a local time as Intl does for en-GB: "14:05:09", "3 Oct 2023, 14:05"', () => {
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const dayAndTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    for (let month = 0; month < 12; month++) {
      const date = new Date(2023, month, (month * 3) % 28 + 1, (month * 5) % 24, month * 4, month);
      expect(formatClockTime(date)).toBe(time.format(date));
      expect(formatDayAndTime(date)).toBe(dayAndTime.format(date));
    }
    expect(formatDayAndTime(new Date(2023, 9, 3, 14, 5))).toBe('3 Oct 2023, 14:05');
    expect(formatClockTime(new Date(2023, 9, 3, 0, 5, 9))).toBe('00:05:09');
  });
});
