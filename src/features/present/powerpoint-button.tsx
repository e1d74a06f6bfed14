import type { SlideDeck, SlideBy } from './build-slides';
import { pptxFileName, usePptxExport, type PptxExportState } from './use-pptx-export';

export type PowerPointButtonProps = { deck: SlideDeck | null; by: SlideBy; className?: string };

/** Downloads the deck as a .pptx: a slide per measure or section, charts as pictures, the full notes as speaker notes. */
export function PowerPointButton({ deck, by, className }: PowerPointButtonProps) {
  const { state, exportDeck } = usePptxExport();
  const empty = !deck || deck.slides.length === 0;
  return (
    <div className={className ?? 'flex items-center gap-2'}>
      <button
        type="button"
        className="btn"
        disabled={empty}
        aria-disabled={state.status === 'working' || undefined}
        onClick={() => deck && void exportDeck(deck, pptxFileName(deck, by))}
      >
        <span className="sr-only">Download as </span>PowerPoint
      </button>
      <p role="status" className="text-sm">
        {describeProgress(state)}
      </p>
    </div>
  );
}

function describeProgress(state: PptxExportState): string {
  switch (state.status) {
    case 'working':
      return `Making slide ${Math.min(state.done + 1, state.total)} of ${state.total}…`;
    case 'done':
      return `PowerPoint file with ${state.total} ${state.total === 1 ? 'slide' : 'slides'} downloaded.`;
    case 'failed':
      return state.message;
    default:
      return '';
  }
}
