import { useEffect, useState } from 'react';

/** True once a fetch has been running for `afterMs` without an answer; false again as soon as it ends. */
export function useSlowFetch(fetching: boolean, afterMs: number): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!fetching) return;
    let fired = false;
    const timer = setTimeout(() => {
      fired = true;
      setSlow(true);
    }, afterMs);
    return () => {
      clearTimeout(timer);
      if (fired) setSlow(false);
    };
  }, [fetching, afterMs]);
  return fetching && slow;
}
