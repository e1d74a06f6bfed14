import { BUNDLED_DATA_URL } from './bundled-data-url';

/**
 * Where the dashboard's figures come from. Priority: a feed named in the URL (`?data=`), then a file the
 * user imported and chose, then the deployment's feed (VITE_DATA_URL), then the bundled report.
 */
export type DataSource =
  | { kind: 'bundled'; url: string }
  | { kind: 'deployment'; url: string }
  | { kind: 'link'; url: string }
  | { kind: 'imported'; versionId: string };

export type SourceChoice = {
  source: DataSource;
  /** Why a `?data=` value was ignored, to show the user; null when there was nothing to ignore. */
  rejected: string | null;
};

export type SourceInputs = {
  /** The raw `?data=` value. */
  dataParam: string | undefined;
  /** The import the user chose to see (its version in the store of versions), or null. */
  activeImportId: string | null;
  /** VITE_DATA_URL, already trimmed, or null. */
  deploymentUrl: string | null;
  /** The page's origin, to tell same-site paths from other sites. */
  origin: string;
};

export function chooseDataSource({ dataParam, activeImportId, deploymentUrl, origin }: SourceInputs): SourceChoice {
  const fallback: DataSource = activeImportId
    ? { kind: 'imported', versionId: activeImportId }
    : deploymentUrl && deploymentUrl !== BUNDLED_DATA_URL
      ? { kind: 'deployment', url: deploymentUrl }
      : { kind: 'bundled', url: BUNDLED_DATA_URL };
  if (dataParam === undefined || dataParam.trim() === '') return { source: fallback, rejected: null };

  const checked = checkFeedAddress(dataParam, origin);
  if (!checked.ok) return { source: fallback, rejected: checked.message };
  if (checked.url === BUNDLED_DATA_URL) return { source: { kind: 'bundled', url: BUNDLED_DATA_URL }, rejected: null };
  if (checked.url === deploymentUrl) return { source: { kind: 'deployment', url: checked.url }, rejected: null };
  return { source: { kind: 'link', url: checked.url }, rejected: null };
}

/**
 * Only web addresses can be fetched: `javascript:`, `data:` or `file:` in a shared link must never run or
 * load anything. Same-site addresses are kept as paths so that one feed has one cache key. A refusal names only
 * the kind of address, never the link's own text: whoever made the link could write anything there ("...your
 * session has expired, call 0800...") and the dashboard would be saying it.
 */
export function checkFeedAddress(raw: string, origin: string): { ok: true; url: string } | { ok: false; message: string } {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return { ok: false, message: 'The data address in the link is not a valid web address, so it was ignored.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    const scheme = url.protocol.length <= 20 ? `${url.protocol} ` : '';
    return { ok: false, message: `The ${scheme}data address in the link was ignored: only http(s) addresses or paths on this site can be opened.` };
  }
  if (url.username || url.password)
    return { ok: false, message: 'The data address in the link was ignored: addresses with a user name or password are not allowed.' };
  if (url.origin === new URL(origin).origin) return { ok: true, url: `${url.pathname}${url.search}` };
  return { ok: true, url: url.href };
}
