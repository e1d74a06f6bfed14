import { useRouter } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../domain/indicators';
import type { SlideBy } from './build-slides';
import { openPresenterChannel, presentationSession, type PresenterChannel, type SlideCommand, type ToAudience, type ToPresenter } from './presenter-channel';

export type PresenterLinkOptions = {
  position: number;
  by: SlideBy;
  /** The presentation's frozen figures, which the presenter view shows too. */
  dataset: Dataset;
  newer: string[] | null;
  onCommand: (command: SlideCommand) => void;
  onGo: (slide: number) => void;
  onUpdateFigures: () => void;
  onLeave: () => void;
};

/**
 * The slides' side of the presenter view: opens it (P, or the button), tells it where the slides are and which
 * figures they show, and moves when it asks. The slides keep the URL; the presenter view follows.
 */
export function usePresenterLink(options: PresenterLinkOptions): { openPresenterView: () => void } {
  const router = useRouter();
  const [session] = useState(presentationSession);
  const channelRef = useRef<PresenterChannel<ToPresenter, ToAudience> | null>(null);
  const optionsRef = useRef(options);
  // Figures are sent only once a presenter view has said hello: a presentation without one sends nothing.
  const presenterSeen = useRef(false);
  useEffect(() => {
    optionsRef.current = options;
  });

  useEffect(() => {
    const channel = openPresenterChannel<ToPresenter, ToAudience>(session);
    channelRef.current = channel;
    channel.post({ type: 'ready' });
    channel.onMessage((message) => {
      const act = optionsRef.current;
      if (message.type === 'hello') {
        presenterSeen.current = true;
        channel.post(stateOf(act, true));
      } else if (message.type === 'command') act.onCommand(message.command);
      else if (message.type === 'go') act.onGo(message.slide);
      else if (message.type === 'update-figures') act.onUpdateFigures();
      else if (message.type === 'leave') act.onLeave();
    });
    // Also said when the tab closes: the presenter view must not go on showing a slide nobody sees.
    const end = () => channel.post({ type: 'ended' });
    window.addEventListener('pagehide', end);
    return () => {
      window.removeEventListener('pagehide', end);
      end();
      channelRef.current = null;
      channel.close();
    };
  }, [session]);

  const { position, by, dataset, newer } = options;
  const newerText = newer?.join('\n') ?? null;
  useEffect(() => {
    if (presenterSeen.current) channelRef.current?.post(stateOf(optionsRef.current, false));
  }, [position, by, newerText]);
  useEffect(() => {
    if (presenterSeen.current) channelRef.current?.post(stateOf(optionsRef.current, true));
  }, [dataset]);

  function openPresenterView() {
    const { href } = router.buildLocation({ to: '/present/presenter', search: (prev) => ({ ...prev, session }) });
    // A window of its own, for the laptop's screen while the slides fill the room's.
    window.open(href, `csc-presenter-${session}`, 'popup,width=1366,height=768');
  }

  return { openPresenterView };
}

function stateOf(options: PresenterLinkOptions, withFigures: boolean): ToPresenter {
  const state: ToPresenter = { type: 'state', slide: options.position, by: options.by, newer: options.newer };
  if (withFigures) state.dataset = options.dataset;
  return state;
}
