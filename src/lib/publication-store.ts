import { create } from 'zustand';

/**
 * A published page whose feed has moved on since publication: the app found other figures than the page was rendered
 * with, and drew those instead (src/app/start-app.tsx). UI state read by the notice above the figures.
 */
export type SupersededPublication = {
  /** The feed the page was published from; the notice applies while that feed is the one shown. */
  dataUrl: string;
  /** The published figures' "as at" date. */
  publishedAsAt: string;
  /** When the page was published, ISO 8601. */
  publishedAt: string;
};

type PublicationState = {
  superseded: SupersededPublication | null;
  publicationSuperseded: (superseded: SupersededPublication) => void;
  supersededNoticeDismissed: () => void;
};

export const usePublicationStore = create<PublicationState>((set) => ({
  superseded: null,
  publicationSuperseded: (superseded) => set({ superseded }),
  supersededNoticeDismissed: () => set({ superseded: null }),
}));
