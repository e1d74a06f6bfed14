import type { Dataset } from '../../domain/indicators';
import { DatasetLoadError } from './dataset-load-error';
import { decodeJson, parseDataset } from '../contract/parse-dataset';
import { MAX_FILE_BYTES, formatMegabytes } from '../contract/limits';

const DEFAULT_TIMEOUT_MS = 15_000;

export type LoadOptions = { timeoutMs?: number };

/**
 * Fetches and validates an indicator file. Static hosts and the dev server answer a missing file with
 * index.html and status 200, so a body that starts like HTML is reported as "not JSON", not as a parse error.
 * A feed that hangs is cut off after `timeoutMs`, body included, so a stalled server cannot leave the
 * dashboard checking forever.
 */
export async function loadDataset(url: string, signal?: AbortSignal, options: LoadOptions = {}): Promise<Dataset> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort);
  try {
    return await fetchAndParse(url, controller.signal);
  } catch (error) {
    if (timedOut && !signal?.aborted)
      throw new DatasetLoadError('timeout', url, `${url} did not answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`}.`);
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

async function fetchAndParse(url: string, signal: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' }, cache: 'no-cache' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DatasetLoadError('network', url, `Could not reach ${url}: ${errorText(error)}`);
  }
  if (response.status === 404) throw new DatasetLoadError('not-found', url, `The data file ${url} was not found (404).`);
  if (!response.ok)
    throw new DatasetLoadError('http', url, `The server answered ${[response.status, response.statusText].filter(Boolean).join(' ')} for ${url}.`);

  const declaredSize = Number(response.headers.get('content-length'));
  if (declaredSize > MAX_FILE_BYTES) throw tooLarge(url, declaredSize);

  const body = await response.text();
  if (body.length > MAX_FILE_BYTES) throw tooLarge(url, body.length);
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

function tooLarge(url: string, bytes: number): DatasetLoadError {
  return new DatasetLoadError('too-large', url, `${url} is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_FILE_BYTES)}.`);
}

function looksLikeHtml(body: string, contentType: string | null): boolean {
  if (contentType?.includes('text/html')) return true;
  return /^\s*<(!doctype|html|head|body)/i.test(body);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
