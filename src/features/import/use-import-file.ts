import { useCallback, useEffect, useRef, useState } from 'react';
import { runImport, type RunningImport } from '../../data/import/run-import';
import type { ImportProgress, ImportResult } from '../../data/import/import-file';
import type { CsvDefaults } from '../../data/import/build-csv-dataset';
import { isolateBidi } from '../../lib/bidi-text';

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; fileName: string; progress: ImportProgress }
  | { status: 'done'; result: ImportResult }
  | { status: 'crashed'; fileName: string; message: string };

/** Runs one import at a time; starting another, or leaving, abandons the one in progress. */
export function useImportFile(defaults: CsvDefaults) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const running = useRef<RunningImport | null>(null);
  const defaultsRef = useRef(defaults);
  useEffect(() => {
    defaultsRef.current = defaults;
  });

  const stop = useCallback(() => {
    running.current?.cancel();
    running.current = null;
  }, []);

  const start = useCallback(
    (file: File) => {
      stop();
      const fileName = isolateBidi(file.name);
      setState({ status: 'running', fileName, progress: { phase: 'reading', fraction: 0 } });
      const job = runImport(file, defaultsRef.current, (progress) => {
        if (running.current === job) setState({ status: 'running', fileName, progress });
      });
      running.current = job;
      job.result.then(
        (result) => {
          if (running.current === job) setState({ status: 'done', result });
        },
        (error: unknown) => {
          if (running.current === job)
            setState({ status: 'crashed', fileName, message: error instanceof Error ? error.message : String(error) });
        },
      );
    },
    [stop],
  );

  const reset = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { state, start, reset };
}
