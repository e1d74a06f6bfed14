import type { Dataset } from '../../domain/indicators';

// One fingerprint per dataset object: the published page's check (src/app/start-app.tsx) and the store of versions
// both ask for the one just loaded, and a large file takes a while to serialise.
const fingerprints = new WeakMap<Dataset, Promise<string>>();

/**
 * A fingerprint of a dataset's content, to tell a new version from the same figures fetched again. SHA-256 where
 * the browser offers it (secure contexts), else FNV-1a: either way two datasets with the same JSON share one.
 */
export function fingerprintDataset(dataset: Dataset): Promise<string> {
  let fingerprint = fingerprints.get(dataset);
  if (!fingerprint) {
    fingerprint = computeFingerprint(dataset);
    fingerprints.set(dataset, fingerprint);
  }
  return fingerprint;
}

async function computeFingerprint(dataset: Dataset): Promise<string> {
  const text = JSON.stringify(dataset);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  }
  return fnv1a(text);
}

/**
 * Two 32-bit FNV-1a hashes with different starting values, over UTF-16 code units: fast and stable, not
 * cryptographic, which is enough to tell one edition of a file from another.
 */
export function fnv1a(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x9e3779b9;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    first = Math.imul(first ^ unit, 0x01000193);
    second = Math.imul(second ^ unit, 0x01000193);
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}
