import { useEffect, useRef, useState } from 'react';
import { parseDataset } from '../../data/contract/parse-dataset';
import { datasetModelOf, type DatasetModel } from '../../domain/dataset-model';
import type { SlideBy } from './build-slides';
import { openPresenterChannel, type PresenterChannel, type SlideCommand, type ToAudience, type ToPresenter } from './presenter-channel';

export type PresenterViewState = {
  /** Null until the slides window answers. */
  slides: { position: number; by: SlideBy; model: DatasetModel; newer: string[] | null } | null;
  command: (command: SlideCommand) => void;
  goTo: (slide: number) => void;
  updateFigures: () => void;
  leave: () => void;
};

/**
 * The presenter view's side of the link: says hello, then shows whatever slide and figures the slides window says
 * it shows, and sends every key and button to it. Nothing moves here until the slides have moved, so the two
 * windows can never disagree.
 */
export function usePresenterView(session: string | null): PresenterViewState {
  const [position, setPosition] = useState<{ slide: number; by: SlideBy; newer: string[] | null } | null>(null);
  const [model, setModel] = useState<DatasetModel | null>(null);
  const channelRef = useRef<PresenterChannel<ToAudience, ToPresenter> | null>(null);

  useEffect(() => {
    if (!session) return;
    const channel = openPresenterChannel<ToAudience, ToPresenter>(session);
    channelRef.current = channel;
    channel.onMessage((message) => {
      if (message.type === 'ready') return channel.post({ type: 'hello' });
      if (message.type === 'ended') return setPosition(null);
      setPosition({ slide: message.slide, by: message.by, newer: message.newer });
      if (message.dataset === undefined) return;
      // The slides window parsed these figures already; read through the contract again all the same, as anything
      // that arrives from outside this page is.
      const parsed = parseDataset(message.dataset);
      if (parsed.ok) setModel(datasetModelOf(parsed.dataset));
    });
    channel.post({ type: 'hello' });
    return () => {
      channelRef.current = null;
      channel.close();
    };
  }, [session]);

  const post = (message: ToAudience) => channelRef.current?.post(message);
  return {
    slides: position && model ? { position: position.slide, by: position.by, model, newer: position.newer } : null,
    command: (command) => post({ type: 'command', command }),
    goTo: (slide) => post({ type: 'go', slide }),
    updateFigures: () => post({ type: 'update-figures' }),
    leave: () => {
      post({ type: 'leave' });
      window.close();
    },
  };
}
