import type { Dataset } from '../../domain/indicators';
import type { SlideBy } from './build-slides';

/**
 * What the audience window (the slides) and the presenter view say to each other. The audience window is the
 * source of truth: it owns the URL and the frozen figures, and tells the presenter view where it is; the presenter
 * view only asks it to move.
 */
export type ToPresenter =
  | PresentationState
  /** The slides window (re)started: a presenter view already open says hello again. */
  | { type: 'ready' }
  /** The slides window left the presentation or closed. */
  | { type: 'ended' };

export type PresentationState = {
  type: 'state';
  slide: number;
  by: SlideBy;
  /** The frozen figures, sent when the presenter view says hello and when they change; omitted otherwise. */
  dataset?: Dataset;
  /** Newer figures than the frozen ones exist (point 7): what changed, in words; null when there are none. */
  newer: string[] | null;
};

export type SlideCommand = 'next' | 'previous' | 'first' | 'last';

export type ToAudience =
  | { type: 'hello' }
  | { type: 'command'; command: SlideCommand }
  | { type: 'go'; slide: number }
  | { type: 'update-figures' }
  | { type: 'leave' };

/** One channel per presentation, so two presentations in two tabs never drive each other. */
export function presenterChannelName(session: string): string {
  return `csc-dashboard-presenter:${session}`;
}

export type PresenterChannel<Send, Receive> = { post: (message: Send) => void; close: () => void; onMessage: (listener: (message: Receive) => void) => void };

/** A BroadcastChannel, or a channel that does nothing in a browser without one (the slides still work alone). */
export function openPresenterChannel<Send, Receive>(session: string): PresenterChannel<Send, Receive> {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {}, onMessage: () => {} };
  const channel = new BroadcastChannel(presenterChannelName(session));
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
    onMessage: (listener) => channel.addEventListener('message', (event: MessageEvent<Receive>) => listener(event.data)),
  };
}

const SESSION_KEY = 'csc-dashboard-presentation-session';

/**
 * This tab's presentation id: kept for the tab's life (sessionStorage), so a reloaded slides window finds its
 * presenter view again.
 */
export function presentationSession(): string {
  try {
    const kept = sessionStorage.getItem(SESSION_KEY);
    if (kept) return kept;
    const created = Math.random().toString(36).slice(2, 12);
    sessionStorage.setItem(SESSION_KEY, created);
    return created;
  } catch {
    // Storage refused (a locked-down browser): a presentation id for this page's life is enough.
    return Math.random().toString(36).slice(2, 12);
  }
}
