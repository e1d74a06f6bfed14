import { useEffect, useState } from 'react';
import type { Dataset } from '../../domain/indicators';
import { previewImport } from '../../data/persist/imported-dataset-db';
import { describeImport } from '../../data/persist/describe-data-change';
import { MAX_VERSIONS_PER_SOURCE } from '../../data/persist/dataset-versions-db';

/**
 * What using the file will do to the import history, said before the user chooses: that it repeats an earlier
 * import, or which older import the retention rule will remove to make room. Null when it simply joins the history.
 */
export function useImportPreview(dataset: Dataset | null): string | null {
  const [preview, setPreview] = useState<{ dataset: Dataset; note: string | null } | null>(null);
  useEffect(() => {
    if (!dataset) return;
    let current = true;
    previewImport(dataset)
      .then(({ existing, wouldEvict }) => {
        const note = existing
          ? `The same figures were imported before, as ${describeImport(existing)}: using this file shows them again, and adds nothing to the history.`
          : wouldEvict.length > 0
            ? `This browser keeps your last ${MAX_VERSIONS_PER_SOURCE} imports: using this file removes the oldest, ${wouldEvict.map(describeImport).join(', ')}. To keep it, delete another import first (Import history).`
            : null;
        if (current) setPreview({ dataset, note });
      })
      .catch(() => {
        // Storage refused: the import is used for this page only, which the dialog says once it is used.
      });
    return () => {
      current = false;
    };
  }, [dataset]);
  return preview && preview.dataset === dataset ? preview.note : null;
}
