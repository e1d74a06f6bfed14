import { useEffect, useState } from 'react';
import { describeClock } from '../../presenters/describe-clock';

/** How long the talk has run, with a way to start again, and the time of day: a presenter's two questions. */
export function PresenterClock() {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const clock = describeClock(startedAt, now);
  return (
    <div className="flex items-center gap-6" role="group" aria-label="Clock">
      <p className="flex items-baseline gap-2">
        <span className="text-base text-slate-700">Elapsed</span>
        {/* Read on request, not every second: a live region here would talk over the presenter. */}
        <span className="text-3xl font-bold tabular-nums" aria-hidden="true">
          {clock.elapsed}
        </span>
        <span className="sr-only">{clock.elapsedLabel}</span>
      </p>
      <button
        type="button"
        className="btn"
        onClick={() => {
          setStartedAt(Date.now());
          setNow(Date.now());
        }}
      >
        Restart <span className="sr-only">the elapsed time</span>
      </button>
      <p className="flex items-baseline gap-2">
        <span className="text-base text-slate-700">Time</span>
        <time className="text-3xl font-bold tabular-nums">{clock.timeOfDay}</time>
      </p>
    </div>
  );
}
