import { useCallback, useMemo, useState } from 'react';
import type { Dataset } from '../../domain/indicators';
import { useImportedDatasetActions } from '../../data/persist/use-imported-dataset';
import { useUpdateDashboardSearch } from '../../url/use-dashboard-search';
import { useImportFile } from './use-import-file';
import { usePageFileDrop } from './use-page-file-drop';
import { ImportDialog } from './import-dialog';
import { useImportPreview } from './use-import-preview';

export type ImportEntryProps = {
  /** The dataset on screen, whose authority and title fill in a CSV that does not give them, and which a file of benchmarks is added to. */
  currentDataset: Dataset | undefined;
};

/** The Import button, the import dialog and dropping a file on the page: the one way data gets in. */
export function ImportEntry({ currentDataset }: ImportEntryProps) {
  const [open, setOpen] = useState(false);
  const [applying, setApplying] = useState(false);
  const [notStored, setNotStored] = useState(false);
  const defaults = useMemo(
    () => (currentDataset ? { authority: currentDataset.authority.name, title: currentDataset.title, onScreen: currentDataset } : {}),
    [currentDataset],
  );
  const { state, start, reset } = useImportFile(defaults);
  const historyNote = useImportPreview(state.status === 'done' && state.result.ok ? state.result.dataset : null);
  const actions = useImportedDatasetActions();
  const updateSearch = useUpdateDashboardSearch();

  const chooseFile = useCallback(
    (file: File) => {
      setNotStored(false);
      setOpen(true);
      start(file);
    },
    [start],
  );
  const dragging = usePageFileDrop(chooseFile);

  const close = () => {
    setOpen(false);
    setNotStored(false);
    reset();
  };

  const use = async () => {
    if (state.status !== 'done' || !state.result.ok) return;
    setApplying(true);
    try {
      const { persisted } = await actions.applyImport(state.result.dataset, state.result.fileName);
      // A `?data=` link outranks the import, so it is dropped from the address to show what was chosen.
      updateSearch({ data: undefined }, { replace: true });
      if (persisted) close();
      else {
        reset();
        setNotStored(true);
      }
    } finally {
      setApplying(false);
    }
  };

  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Import data…
      </button>
      {dragging && (
        <div aria-hidden="true" className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-blue-900/40">
          <p className="rounded-lg border-4 border-dashed border-white bg-blue-900 px-8 py-6 text-xl font-semibold text-white">
            Drop a CSV or JSON file to import it
          </p>
        </div>
      )}
      <ImportDialog
        open={open}
        state={state}
        applying={applying}
        notStored={notStored}
        historyNote={historyNote}
        onChooseFile={chooseFile}
        onUse={() => void use()}
        onClose={close}
      />
    </>
  );
}
