import type { DataSource } from './choose-data-source';

export type FeedTrust = {
  /** The page's own origin: its feeds are the council's. */
  pageOrigin: string;
  /** VITE_FEED_ORIGINS: other sites whose feeds are the council's own. */
  allowedOrigins: readonly string[];
  /** VITE_DATA_URL: the deployment's own feed, wherever it is. */
  deploymentUrl: string | null;
};

/**
 * The site a linked feed comes from when it is neither this site, nor one the deployment allows, nor the
 * deployment's own feed; null for the council's own figures (and for an import, which the user chose themselves).
 * A `?data=` link can show made-up figures under the council's name and header, so these must be unmistakable.
 */
export function foreignFeedOrigin(source: DataSource, { pageOrigin, allowedOrigins, deploymentUrl }: FeedTrust): string | null {
  if (source.kind !== 'link') return null;
  const origin = originOf(source.url, pageOrigin);
  if (origin === null || origin === originOf(pageOrigin, pageOrigin)) return null;
  if (allowedOrigins.includes(origin)) return null;
  if (deploymentUrl !== null && originOf(deploymentUrl, pageOrigin) === origin) return null;
  return origin;
}

function originOf(url: string, base: string): string | null {
  try {
    return new URL(url, base).origin;
  } catch {
    return null;
  }
}
