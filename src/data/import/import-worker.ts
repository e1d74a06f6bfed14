/**
 * Module worker for imports: reading, parsing and validating a 5 MB file here keeps the page responsive.
 * It runs the same importFile as the main-thread fallback and posts progress, then the result.
 */
import { importFile, type ImportProgress, type ImportResult } from './import-file';
import type { CsvDefaults } from './build-csv-dataset';

export type ImportRequest = { file: File; defaults: CsvDefaults };
export type ImportMessage = { type: 'progress'; progress: ImportProgress } | { type: 'result'; result: ImportResult } | { type: 'failed'; message: string };

// The project's TypeScript settings describe a window; inside a worker `self` is the worker's scope.
const scope = self as unknown as { postMessage(message: ImportMessage): void; onmessage: ((event: MessageEvent<ImportRequest>) => void) | null };

scope.onmessage = (event) => {
  const { file, defaults } = event.data;
  importFile(file, defaults, (progress) => scope.postMessage({ type: 'progress', progress }))
    .then((result) => scope.postMessage({ type: 'result', result }))
    .catch((error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
