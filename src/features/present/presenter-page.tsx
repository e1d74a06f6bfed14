import { useMemo } from 'react';
import { useDashboardSearch } from '../../url/use-dashboard-search';
import { buildDeck } from './build-slides';
import { sinceOf, type PackSearch } from '../../url/pack-search';
import { NewerDataNotice } from './newer-data-notice';
import { PresenterClock } from './presenter-clock';
import { SlideNotes } from './slide-notes';
import { SlidePreview } from './slide-preview';
import { useSlideKeys } from './use-slide-keys';
import { usePresenterView } from './use-presenter-view';

export type PresenterPageProps = { session: string | null; pack: PackSearch };

/**
 * The presenter view, as in PowerPoint: on the presenter's own screen, the slide the room sees, the next one, the
 * full notes and a clock. It follows the slides window and drives it (keys, clicker, buttons); the figures are the
 * ones the slides window froze when the presentation started, sent over with every change.
 */
export function PresenterPage({ session, pack }: PresenterPageProps) {
  const view = usePresenterView(session);
  const { area, status, q, period } = useDashboardSearch();
  const slides = view.slides;
  const periodModel = slides?.model.forPeriod(period) ?? null;
  const by = slides?.by ?? 'measure';
  // The same deck as the slides window: its pack and its "Since last meeting" come in this window's address too.
  const packKey = pack.pack?.join(',');
  const since = sinceOf(pack) !== null;
  const deck = useMemo(
    () => periodModel && buildDeck(periodModel, { area, status, q }, by, packKey?.split(','), since),
    [periodModel, area, status, q, by, packKey, since],
  );
  const total = deck?.slides.length ?? 0;
  const position = slides?.position ?? 0;
  const current = deck?.slides[position - 1];
  const next = deck?.slides[position];

  const digits = useSlideKeys({
    next: () => view.command('next'),
    previous: () => view.command('previous'),
    first: () => view.command('first'),
    last: () => view.command('last'),
    goTo: view.goTo,
    leave: view.leave,
    toggleFullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => {});
    },
    updateFigures: view.updateFigures,
  });

  return (
    <div className="fixed inset-0 z-40 flex flex-col bg-slate-100 text-slate-900">
      <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-300 bg-white px-5 py-2">
        <h1 className="text-xl font-bold">
          Presenter view
          {current && (
            <span className="font-semibold tabular-nums">
              {' '}
              · Slide {position} of {total}
            </span>
          )}
        </h1>
        {digits && <p className="text-lg">Go to slide {digits}… (Enter)</p>}
        <PresenterClock />
      </header>
      {slides && <NewerDataNotice newer={slides.newer} onUpdate={view.updateFigures} />}
      {!current || !deck ? (
        <div className="p-8">
          <p className="text-2xl font-semibold" role="status">
            {session ? 'Waiting for the slides…' : 'This presenter view belongs to no presentation.'}
          </p>
          <p className="mt-3 max-w-3xl text-xl">
            The presenter view follows slides shown in another window of this browser. Start the presentation there and
            press P (or the Presenter view button) to open it again.
          </p>
        </div>
      ) : (
        <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-5 p-5">
          <div className="flex min-h-0 flex-col gap-3">
            <section aria-label="Current slide" className="min-h-0">
              <h2 className="sr-only">Current slide</h2>
              <SlidePreview slide={current} periodLabel={deck.period.label} />
            </section>
            <nav aria-label="Presenter controls" className="flex flex-wrap items-center gap-2">
              <button type="button" className="btn" onClick={() => view.command('previous')} disabled={position <= 1}>
                <span aria-hidden="true">←</span> Previous
              </button>
              <button type="button" className="btn" onClick={() => view.command('next')} disabled={position >= total}>
                Next <span aria-hidden="true">→</span>
              </button>
              <button type="button" className="btn" onClick={view.leave}>
                End the presentation (Esc)
              </button>
              <p className="text-sm text-slate-700">Keys: ← → Space, Page Up/Down, Home/End, number + Enter, U newer figures</p>
            </nav>
          </div>
          <div className="flex min-h-0 flex-col gap-3">
            <section aria-labelledby="presenter-next" className="shrink-0">
              <h2 id="presenter-next" className="text-base font-semibold text-slate-700">
                {next ? `Next: ${next.heading}` : 'Next: the end of the slides'}
              </h2>
              {/* A picture of what comes, not a second copy of its content for a screen reader or the Tab key. */}
              {next && (
                <div className="mt-1 w-3/5" inert aria-hidden="true">
                  <SlidePreview slide={next} periodLabel={deck.period.label} />
                </div>
              )}
            </section>
            <section aria-labelledby="presenter-notes" tabIndex={0} className="min-h-0 flex-1 overflow-auto rounded-md border border-slate-300 bg-white p-4">
              <h2 id="presenter-notes" className="mb-3 text-2xl font-bold">
                Notes
              </h2>
              <SlideNotes notes={current.notes} />
            </section>
          </div>
        </div>
      )}
    </div>
  );
}
