import { create } from 'zustand';

/**
 * Where to go when the presenter presses Esc: the screen they started from. UI state shared by the distant
 * "Present" buttons and the presentation itself, so it lives in zustand rather than in the URL.
 */
type PresentationState = {
  returnTo: string | null;
  presentationStarted: (returnTo: string) => void;
  presentationLeft: () => void;
};

export const usePresentationStore = create<PresentationState>((set) => ({
  returnTo: null,
  presentationStarted: (returnTo) => set({ returnTo }),
  presentationLeft: () => set({ returnTo: null }),
}));
