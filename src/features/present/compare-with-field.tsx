import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { runImport } from '../../data/import/run-import';
import { useDataSource } from '../../data/load/use-data-source';
import { comparisonFileQueryOptions, type ComparisonFile, datasetVersionsQueryOptions, versionSourceOf } from '../../data/persist/versions-query';
import { describeVersionChoice } from '../../presenters/describe-exceptions';
import type { SinceChoice } from '../../url/pack-search';

export type CompareWithFieldProps = { since: SinceChoice | undefined; previousLabel: string; onChange: (since: SinceChoice) => void };

/**
 * What the opening "Since last meeting" slide compares with: the period before, a version of the data this browser
 * has kept ("as at last Tuesday"), or a file on this computer; or no such slide.
 */
export function CompareWithField({ since = 'previous', previousLabel, onChange }: CompareWithFieldProps) {
  const id = useId();
  const { source } = useDataSource();
  const versions = useQuery(datasetVersionsQueryOptions(versionSourceOf(source)));
  const file = useQuery(comparisonFileQueryOptions());
  const queryClient = useQueryClient();
  const [fileMessage, setFileMessage] = useState('');
  // A link may name a version this browser no longer keeps (pushed out, deleted, or another browser's): without an
  // option of its own the select would show the first one, "the period before", which is not what will be presented.
  const versionNotListed = since.startsWith('version:') && !(versions.data ?? []).some((version) => `version:${version.id}` === since);

  async function chooseFile(chosen: File) {
    setFileMessage(`Reading ${chosen.name}…`);
    const result = await runImport(chosen, {}, () => {}).result;
    if (!result.ok) return setFileMessage(result.message);
    const chosenFile: ComparisonFile = { fileName: result.fileName, dataset: result.dataset };
    queryClient.setQueryData(comparisonFileQueryOptions().queryKey, () => chosenFile);
    setFileMessage(`Comparing with ${result.fileName}. It is not kept: after a reload, choose it again.`);
  }

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={`${id}-since`} className="text-sm font-semibold">
        Open with “Since last meeting”, compared with
      </label>
      <select id={`${id}-since`} value={since} onChange={(event) => onChange(event.target.value as SinceChoice)} className="rounded-md border border-slate-500 px-3 py-2">
        <option value="previous">{previousLabel}</option>
        {(versions.data ?? []).map((version) => (
          <option key={version.id} value={`version:${version.id}`}>
            {describeVersionChoice(version)}
          </option>
        ))}
        {versionNotListed && <option value={since}>{versions.isPending ? 'A version of the data kept in this browser' : 'A version no longer kept in this browser'}</option>}
        <option value="file">A file on this computer{file.data ? ` (${file.data.fileName})` : ''}</option>
        <option value="off">Nothing: no “Since last meeting” slide</option>
      </select>
      {since === 'file' && (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-file`} className="text-sm font-semibold">
            File to compare with (JSON or CSV)
          </label>
          <input id={`${id}-file`} type="file" accept=".json,.csv,application/json,text/csv" onChange={(event) => event.target.files?.[0] && void chooseFile(event.target.files[0])} />
          <p role="status" className="text-sm">
            {fileMessage}
          </p>
        </div>
      )}
    </div>
  );
}
