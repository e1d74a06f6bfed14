/** The presenter view's clock: how long the talk has run and the time of day, as a presenter glances at them. */
export type ClockView = {
  /** "4:05", "1:02:09": minutes and seconds, hours once past the hour. */
  elapsed: string;
  /** The same, in words for a screen reader: "4 minutes 5 seconds". */
  elapsedLabel: string;
  /** "14:32", the 24-hour clock British meetings use. */
  timeOfDay: string;
};

const timeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

export function describeClock(startedAt: number, now: number, timeZone?: string): ClockView {
  const totalSeconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const elapsed = hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
  const words = [
    hours > 0 ? unit(hours, 'hour') : null,
    hours > 0 || minutes > 0 ? unit(minutes, 'minute') : null,
    unit(seconds, 'second'),
  ].filter(Boolean);
  const format = timeZone ? new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }) : timeOfDay;
  return { elapsed, elapsedLabel: words.join(' '), timeOfDay: format.format(now) };
}

function unit(count: number, name: string): string {
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}
