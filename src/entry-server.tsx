import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createMemoryHistory } from '@tanstack/react-router';
import type { Dataset } from './domain/indicators';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { createQueryClient } from './lib/query-client';
import { config } from './lib/config';
import { chooseDataSource, type DataSource } from './data/load/choose-data-source';
import { datasetQueryOptions, IMPORT_STATE_KEY } from './data/load/dataset-query';

/**
 * The server side of publication (scripts/lib/prerender-site.ts): the app rendered to HTML in Node, one page per
 * route, from the data a visitor gets by default. Built with `vite build --ssr`; it renders exactly what the browser's
 * first render of the same address and data does, so that the browser can hydrate the page (src/app/start-app.tsx).
 */

/** The source a visitor with no `?data=` and no import sees: the deployment's feed, or the bundled report. */
export function defaultSource(): Exclude<DataSource, { kind: 'imported' }> {
  const { source } = chooseDataSource({ dataParam: undefined, activeImportId: null, deploymentUrl: config.dataUrl, origin: 'http://localhost' });
  if (source.kind === 'imported') throw new Error('the default source is never an import');
  return source;
}

/** Every page published for a dataset: the overview, each measure and the data checks. */
export function publishedPaths(dataset: Dataset): string[] {
  return ['/', ...dataset.measures.map((measure) => `/measure/${measure.id}`), '/data-checks'];
}

/** The HTML inside `#root` for one address, rendered with the dataset as the default source's figures. */
export async function renderPage(path: string, dataset: Dataset): Promise<string> {
  const queryClient = createQueryClient();
  // As the browser will know them before it hydrates: no import in use, and the default source's figures loaded.
  queryClient.setQueryData(IMPORT_STATE_KEY, { current: null, history: [] });
  queryClient.setQueryData(datasetQueryOptions(defaultSource(), config).queryKey, dataset);
  const router = createAppRouter(createMemoryHistory({ initialEntries: [path] }), { prerender: true });
  try {
    // Resolves the route and loads its on-demand screen, so that nothing suspends while rendering.
    await router.load();
    const { prelude } = await prerender(
      <StrictMode>
        <App router={router} queryClient={queryClient} />
      </StrictMode>,
      // One piece of HTML: React would otherwise move large Suspense boundaries to the end of the page, revealed by
      // inline scripts that the Content-Security-Policy blocks.
      { progressiveChunkSize: Number.MAX_SAFE_INTEGER },
    );
    return await readText(prelude);
  } finally {
    queryClient.clear();
  }
}

async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let part = await reader.read(); !part.done; part = await reader.read()) text += decoder.decode(part.value, { stream: true });
  return text + decoder.decode();
}
