import type { Dataset } from '../../domain/indicators';
import { DatasetLoadError } from './dataset-load-error';
import { decodeJson, parseDataset } from '../contract/parse-dataset';
import { MAX_FILE_BYTES, describeOversize } from '../contract/limits';
import { wasBlockedBySecurityPolicy, watchSecurityPolicyViolations } from '../../lib/security-policy-violations';
import { readCappedBody } from './read-capped-body';
import { describeHttpStatus } from './describe-http-status';
import { yieldToMain } from '../../lib/yield-to-main';

const DEFAULT_TIMEOUT_MS = 15_000;

export type LoadOptions = { timeoutMs?: number };

/**
 * Fetches and validates an indicator file. Static hosts and the dev server answer a missing file with
 * index.html and status 200, so a body that starts like HTML is reported as "not JSON", not as a parse error.
 * A feed that hangs is cut off after `timeoutMs`, body included, so a stalled server cannot leave the
 * dashboard checking forever; a body is read only up to the size limit. Every message is in our own words:
 * nothing the server wrote (its reason phrase, its body) is shown as the dashboard's.
 */
export async function loadDataset(url: string, signal?: AbortSignal, options: LoadOptions = {}): Promise<Dataset> {
  watchSecurityPolicyViolations();
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
    if (timedOut && !signal?.aborted) throw new DatasetLoadError('timeout', url, `${url} did not answer within ${describeDuration(timeoutMs)}.`);
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

export function describeDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

async function fetchAndParse(url: string, signal: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' }, cache: 'no-cache' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw await describeUnreachable(url);
  }
  if (response.status === 404) throw new DatasetLoadError('not-found', url, `The data file ${url} was not found (404).`);
  if (!response.ok)
    throw new DatasetLoadError('http', url, `The server answered ${response.status} (${describeHttpStatus(response.status)}) for ${url}.`);

  const declared = describeOversize(url, Number(response.headers.get('content-length')) || 0);
  if (declared) {
    void response.body?.cancel().catch(() => {});
    throw new DatasetLoadError('too-large', url, declared);
  }
  const body = await readCappedBody(response, MAX_FILE_BYTES);
  if (body === null) throw new DatasetLoadError('too-large', url, describeOversize(url, null)!);
  if (looksLikeHtml(body, response.headers.get('content-type')))
    throw new DatasetLoadError('not-json', url, `${url} returned a web page, not JSON: the data file is probably missing.`);

  // Reading, parsing and checking the file each take a task of their own (a few to tens of milliseconds on a
  // phone), so a tap while the app starts waits for one of them rather than all three.
  await yieldToMain();
  const decoded = decodeJson(body);
  if (!decoded.ok) throw new DatasetLoadError('not-json', url, `${url} is not valid JSON: ${decoded.message}.`);

  await yieldToMain();
  const parsed = parseDataset(decoded.json);
  if (!parsed.ok) {
    const count = parsed.total;
    throw new DatasetLoadError('invalid', url, `${url} does not match data contract v1 (${count} problem${count === 1 ? '' : 's'}).`, parsed.issues);
  }
  return parsed.dataset;
}

/**
 * A fetch that fails before any answer: the site's own security policy (CSP connect-src) or the browser's
 * mixed-content rule may have stopped it, which the user cannot fix by trying again, so those are named.
 */
async function describeUnreachable(url: string): Promise<DatasetLoadError> {
  const page = globalThis.location;
  const target = page ? new URL(url, page.href) : null;
  // Browsers let an https page reach http://localhost (a developer's own machine), so only other hosts count.
  if (page?.protocol === 'https:' && target?.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(target.hostname))
    return new DatasetLoadError('blocked', url, `${url} was blocked: a page served over https cannot read data from an http address. Use an https address.`);
  if (await wasBlockedBySecurityPolicy(url))
    return new DatasetLoadError(
      'blocked',
      url,
      `${url} was blocked by this site's security policy, which does not allow data from ${target?.origin ?? 'that site'}. Ask whoever runs this dashboard to allow that site, or use an address it allows.`,
    );
  return new DatasetLoadError('network', url, `Could not reach ${url}: the network may be down, or that server does not allow this dashboard to read it.`);
}

function looksLikeHtml(body: string, contentType: string | null): boolean {
  if (contentType?.includes('text/html')) return true;
  return /^\s*<(!doctype|html|head|body)/i.test(body);
}
