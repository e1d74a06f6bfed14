import { describe, expect, it } from 'vitest';
import { describeClock } from '../../src/presenters/describe-clock';

const start = Date.UTC(2026, 11, 8, 9, 30, 0);

describe('describeClock', () => {
  it('shows minutes and seconds in the first hour', () => {
    expect(describeClock(start, start + 245_000, 'UTC')).toEqual({ elapsed: '4:05', elapsedLabel: '4 minutes 5 seconds', timeOfDay: '09:34' });
  });

  it('adds hours past the hour, and counts only whole seconds', () => {
    expect(describeClock(start, start + 3_729_900, 'UTC')).toMatchObject({ elapsed: '1:02:09', elapsedLabel: '1 hour 2 minutes 9 seconds' });
  });

  it('starts at nought, never below it', () => {
    expect(describeClock(start, start - 5_000, 'UTC')).toMatchObject({ elapsed: '0:00', elapsedLabel: '0 seconds' });
    expect(describeClock(start, start + 1_000, 'UTC').elapsedLabel).toBe('1 second');
  });

  it('tells the time of day on the 24-hour clock', () => {
    expect(describeClock(start, Date.UTC(2026, 11, 8, 14, 5), 'UTC').timeOfDay).toBe('14:05');
  });
});
