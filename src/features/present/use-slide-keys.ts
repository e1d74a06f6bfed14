import { useEffect, useRef, useState } from 'react';

export type SlideKeyActions = {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  goTo: (slideNumber: number) => void;
  leave: () => void;
  toggleFullscreen: () => void;
  /** N: shows or hides the notes over the slide. */
  toggleNotes?: () => void;
  /** P: opens the presenter view (the slides window only). */
  openPresenterView?: () => void;
  /** U: shows the newer figures a refresh brought (frozen figures, use-frozen-figures.ts). */
  updateFigures?: () => void;
};

/** How long typed digits wait for Enter before they are forgotten. */
const DIGIT_TIMEOUT_MS = 3000;

/**
 * The keys presentation clickers send (Right/Left, PageDown/PageUp, Space), plus Home/End, a slide number then
 * Enter, F for full screen, N for the notes, P for the presenter view, U to take newer figures and Esc to leave.
 * Returns the digits typed so far so the screen can show them.
 */
export function useSlideKeys(actions: SlideKeyActions): string {
  const [digits, setDigits] = useState('');
  const digitsRef = useRef('');
  const actionsRef = useRef(actions);
  useEffect(() => {
    actionsRef.current = actions;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const setBuffer = (value: string) => {
      digitsRef.current = value;
      setDigits(value);
      clearTimeout(timer);
      if (value) timer = setTimeout(() => setBuffer(''), DIGIT_TIMEOUT_MS);
    };

    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      // A focused button or link already answers Space and Enter; do not act twice.
      const onControl = target?.closest('button, a, input, select, textarea') !== null && target !== document.body;
      const act = actionsRef.current;
      const handled = (action: () => void) => {
        event.preventDefault();
        action();
      };

      if (/^[0-9]$/.test(event.key)) return handled(() => setBuffer((digitsRef.current + event.key).slice(0, 4)));
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          return handled(act.next);
        case 'ArrowLeft':
        case 'PageUp':
          return handled(act.previous);
        case ' ':
          if (onControl) return;
          return handled(event.shiftKey ? act.previous : act.next);
        case 'Home':
          return handled(act.first);
        case 'End':
          return handled(act.last);
        case 'Enter':
          if (!digitsRef.current) return;
          return handled(() => {
            act.goTo(Number(digitsRef.current));
            setBuffer('');
          });
        case 'Backspace':
          if (!digitsRef.current) return;
          return handled(() => setBuffer(digitsRef.current.slice(0, -1)));
        case 'Escape':
          return handled(() => (digitsRef.current ? setBuffer('') : act.leave()));
        case 'f':
        case 'F':
          if (onControl && target?.matches('input, select, textarea')) return;
          return handled(act.toggleFullscreen);
        case 'n':
        case 'N':
          if (!act.toggleNotes || (onControl && target?.matches('input, select, textarea'))) return;
          return handled(act.toggleNotes);
        case 'p':
        case 'P':
          if (!act.openPresenterView || (onControl && target?.matches('input, select, textarea'))) return;
          return handled(act.openPresenterView);
        case 'u':
        case 'U':
          if (!act.updateFigures || (onControl && target?.matches('input, select, textarea'))) return;
          return handled(act.updateFigures);
      }
    }

    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      clearTimeout(timer);
    };
  }, []);

  return digits;
}
