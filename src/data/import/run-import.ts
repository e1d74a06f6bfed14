import type { ImportProgress, ImportResult } from './import-file';
import type { CsvDefaults } from './build-csv-dataset';
import type { ImportMessage, ImportRequest } from './import-worker';

export type RunningImport = { result: Promise<ImportResult>; cancel: () => void };

/**
 * Imports a file off the main thread when the browser allows, so the page never freezes; otherwise (no
 * Worker, as in jsdom, or a worker that fails to start) on the main thread in chunks. Same code either way.
 */
export function runImport(file: File, defaults: CsvDefaults, onProgress: (progress: ImportProgress) => void): RunningImport {
  if (typeof Worker === 'undefined') return onMainThread(file, defaults, onProgress);

  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'import' });
  } catch {
    return onMainThread(file, defaults, onProgress);
  }
  let cancelled = false;
  const result = new Promise<ImportResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else {
        worker.terminate();
        if (message.type === 'result') resolve(message.result);
        else reject(new Error(message.message));
      }
    };
    // A worker blocked by the host (or a browser without module workers) falls back to the main thread.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (!cancelled) onMainThread(file, defaults, onProgress).result.then(resolve, reject);
    };
    const request: ImportRequest = { file, defaults };
    worker.postMessage(request);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      worker.terminate();
    },
  };
}

function onMainThread(file: File, defaults: CsvDefaults, onProgress: (progress: ImportProgress) => void): RunningImport {
  let cancelled = false;
  // Loaded on demand: the CSV parser is not needed to show the dashboard.
  const result = import('./import-file').then(({ importFile }) =>
    importFile(file, defaults, (progress) => {
      if (!cancelled) onProgress(progress);
    }),
  );
  return { result, cancel: () => (cancelled = true) };
}
