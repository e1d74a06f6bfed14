import { useState } from 'react';
import { downloadFile } from '../../lib/download-file';
import type { SlideDeck } from './build-slides';

export type PptxExportState =
  | { status: 'idle' }
  | { status: 'working'; done: number; total: number }
  | { status: 'done'; total: number }
  | { status: 'failed'; message: string };

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Makes a deck's PowerPoint file and hands it to the browser's downloads, saying how far it has got. */
export function usePptxExport(): { state: PptxExportState; exportDeck: (deck: SlideDeck, fileName: string) => Promise<void> } {
  const [state, setState] = useState<PptxExportState>({ status: 'idle' });

  async function exportDeck(deck: SlideDeck, fileName: string) {
    if (state.status === 'working') return;
    setState({ status: 'working', done: 0, total: deck.slides.length });
    try {
      // Loaded on click: only people who export need pptxgenjs.
      const { buildPptx } = await import('./build-pptx');
      const blob = await buildPptx(deck, (done, total) => setState({ status: 'working', done, total }));
      downloadFile(fileName, new Blob([blob], { type: PPTX_TYPE }));
      setState({ status: 'done', total: deck.slides.length });
    } catch (failure) {
      setState({ status: 'failed', message: failure instanceof Error ? failure.message : 'The PowerPoint file could not be made.' });
    }
  }

  return { state, exportDeck };
}

/** "performance-pack-2023-09-by-measure.pptx" */
export function pptxFileName(deck: SlideDeck, by: 'measure' | 'section'): string {
  return `performance-pack-${deck.period.key}-by-${by}.pptx`;
}
