import { StrictMode, startTransition, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import { App } from './app';
import { createAppRouter } from './router';
import { isPublishedAddress, readPublication, type Publication } from './publication';
import { createQueryClient } from '../lib/query-client';
import { config } from '../lib/config';
import { usePublicationStore } from '../lib/publication-store';
import { prefetchFirstDataset, type FirstLoad } from '../data/load/prefetch-first-dataset';
import { importStateQueryOptions } from '../data/load/dataset-query';
import type { Dataset } from '../domain/indicators';
import { fingerprintDataset } from '../data/persist/fingerprint-dataset';
import { rememberImportActive } from '../data/persist/import-hint';
import { datasetModelOf } from '../domain/dataset-model';
import { yieldToMain } from '../lib/yield-to-main';

/** Hydrate the published HTML, or draw the page afresh because it shows something other than what is asked for. */
export type StartMode = 'hydrate' | 'render';

/**
 * Starts the dashboard in the page. A published page (prerendered, src/entry-server.tsx) is hydrated when it shows
 * exactly what this visit asks for: the same address without a query, no import in use, and the same figures as the
 * data file holds now. Otherwise the app draws the page itself: the published figures were kept hidden meanwhile
 * (public/page-boot.js), except when the feed has moved on since publication, which a notice then says.
 */
export async function startApp(container: HTMLElement): Promise<StartMode> {
  const queryClient = createQueryClient();
  // First of all, so the download overlaps everything below: see prefetch-first-dataset.ts.
  const first = prefetchFirstDataset(queryClient, window.location, config.dataUrl, config);
  await yieldToMain();
  const router = createAppRouter();
  const publication = readPublication(document);
  // page-boot.js adds this script once the page has painted, which can be before the parser has read all of it.
  await documentParsed();
  const mode = publication ? await chooseStart(publication, first, queryClient) : 'render';
  if (mode === 'hydrate') {
    await prepareFirstRender(publication!, first!, queryClient);
    await hydratePublishedPage(container, router, queryClient);
  }
  else createRoot(container).render(<StartedApp mode={mode} router={router} queryClient={queryClient} />);
  return mode;
}

/**
 * Hydrates a published page whose figures are already in the query cache, as the prerender had them. Returns the root;
 * a mismatch is reported to `onMismatch` (by default the console) and React draws the page again.
 */
export async function hydratePublishedPage(
  container: HTMLElement,
  router: AppRouter,
  queryClient: QueryClient,
  onMismatch: (error: unknown, info: ErrorInfo) => void = reportHydrationError,
): Promise<Root> {
  // The route and its on-demand screen, resolved before the first render as they were on the server.
  await router.load();
  await yieldToMain();
  // In the browser TanStack Router wraps the matches in a Suspense boundary that it leaves out when rendering on a
  // server, unless `ssr` is set: set, the first render is the tree the prerender produced.
  router.ssr = { manifest: undefined };
  let root: Root | undefined;
  // As a transition, React hydrates in short tasks, so a slow phone stays responsive meanwhile.
  startTransition(() => {
    root = hydrateRoot(container, <StartedApp mode="hydrate" router={router} queryClient={queryClient} />, { onRecoverableError: onMismatch });
  });
  return root!;
}

type AppRouter = ReturnType<typeof createAppRouter>;

/** The app as the prerender renders it (src/entry-server.tsx), plus what happens once it is on screen. */
function StartedApp({ mode, router, queryClient }: { mode: StartMode; router: AppRouter; queryClient: QueryClient }) {
  return (
    <StrictMode>
      <Started mode={mode}>
        <App router={router} queryClient={queryClient} />
      </Started>
    </StrictMode>
  );
}

async function chooseStart(publication: Publication, first: FirstLoad | null, queryClient: QueryClient): Promise<StartMode> {
  if (!isPublishedAddress(window.location, publication) || !first || first.url !== publication.dataUrl) return 'render';
  // Looked up while the data downloads. Any stored import, in use or not, changes the source bar the page shows.
  const imports = await queryClient.fetchQuery(importStateQueryOptions()).catch(() => null);
  rememberImportActive(imports?.current?.active === true);
  if (imports?.current || (imports?.history.length ?? 0) > 0) return 'render';
  await first.settled;
  const dataset = queryClient.getQueryData<Dataset>(first.queryKey);
  // The data failed to load: the app says why, in place of the published figures.
  if (!dataset) return 'render';
  if (publication.fingerprints.includes(await fingerprintDataset(dataset))) return 'hydrate';
  usePublicationStore.getState().publicationSuperseded({ dataUrl: publication.dataUrl, publishedAsAt: publication.asAt, publishedAt: publication.publishedAt });
  return 'render';
}

/**
 * Works out what the published overview's first render reads (the period's summaries, each tile's SPC) in tasks
 * of a few milliseconds before hydrating, rather than inside hydration's render, where React cannot stop halfway
 * through one component and the whole overview's work made one long task. The model keeps it all (datasetModelOf
 * builds one per dataset), so the render finds it done.
 */
async function prepareFirstRender(publication: Publication, first: FirstLoad, queryClient: QueryClient): Promise<void> {
  const dataset = queryClient.getQueryData<Dataset>(first.queryKey);
  if (!dataset) return;
  const model = datasetModelOf(dataset);
  await yieldToMain();
  const periodModel = model.forPeriod(undefined);
  if (!periodModel || publication.path !== '/') return;
  let sliceStart = performance.now();
  for (const headline of periodModel.headlines) {
    periodModel.spcOf(headline.summary.measure.id);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  await yieldToMain();
}

// Under Lighthouse's fourfold slowdown, a task longer than 12.5 ms here counts as blocking.
const SLICE_MS = 8;

/** After the first commit: the figures on screen are the right ones, so nothing stays hidden. */
function Started({ mode, children }: { mode: StartMode; children: ReactNode }) {
  useEffect(() => {
    const html = document.documentElement;
    html.classList.remove('figures-pending');
    // Browser tests and benchmarks wait for this before they interact.
    html.dataset.app = mode === 'hydrate' ? 'hydrated' : 'rendered';
  }, [mode]);
  return children;
}

function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

function reportHydrationError(error: unknown, info: ErrorInfo) {
  console.error('Hydration mismatch: the published page differs from what the app renders for it, so React drew it again.', error, info.componentStack ?? '');
}
