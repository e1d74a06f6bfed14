import type { Dataset } from './indicator-schema';
import { DatasetLoadError } from './dataset-load-error';
import { decodeJson, parseDataset } from './parse-dataset';

export const BUNDLED_DATA_URL = '/data/indicators.json';

/**
 * Fetches and validates an indicator file. Static hosts and the dev server answer a missing file with
 * index.html and status 200, so a body that starts like HTML is reported as "not JSON", not as a parse error.
 */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError('network', url, `Could not reach ${url}: ${errorText(error)}`);
  }
  if (response.status === 404) throw new DatasetLoadError('not-found', url, `The data file ${url} was not found (404).`);
  if (!response.ok)
    throw new DatasetLoadError('http', url, `The server answered ${response.status} ${response.statusText} for ${url}.`);

  const body = await response.text();
  if (looksLikeHtml(body, response.headers.get('content-type')))
    throw new DatasetLoadError('not-json', url, `${url} returned a web page, not JSON: the data file is probably missing.`);

  const decoded = decodeJson(body);
  if (!decoded.ok) throw new DatasetLoadError('not-json', url, `${url} is not valid JSON: ${decoded.message}`);

  const parsed = parseDataset(decoded.json);
  if (!parsed.ok) {
    const count = parsed.issues.length;
    throw new DatasetLoadError('invalid', url, `${url} does not match data contract v1 (${count} problem${count === 1 ? '' : 's'}).`, parsed.issues);
  }
  return parsed.dataset;
}

function looksLikeHtml(body: string, contentType: string | null): boolean {
  if (contentType?.includes('text/html')) return true;
  return /^\s*<(!doctype|html|head|body)/i.test(body);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
