import { z } from '../lib/zod';

/**
 * What a published page (prerendered at build time or by `npm run publish-site`) says about itself, in a JSON block
 * that no browser executes (`<script type="application/json">`, allowed by the Content-Security-Policy): the address it
 * was rendered for, the data behind its figures, and what to load once it has painted. public/page-boot.js reads it
 * before the page is drawn; src/app/start-app.tsx reads it to choose between hydrating the page and drawing another.
 */
export const PUBLICATION_ELEMENT_ID = 'csc-publication';

/** A tag page-boot.js adds to <head> after the first paint: the app's scripts, and the data file to preload. */
export type DeferredTag = { tag: 'link' | 'script'; attrs: Record<string, string> };

export type Publication = {
  /** The path the page was rendered for: "/", "/measure/csc-022", "/data-checks". */
  path: string;
  /** The data file the figures came from: the default source's address. */
  dataUrl: string;
  /** The dataset's fingerprints (SHA-256, and FNV-1a for pages opened without Web Crypto): fingerprint-dataset.ts. */
  fingerprints: string[];
  /** The dataset's "as at" date, for the notice when the feed has moved on since. */
  asAt: string;
  /** When the site was published, ISO 8601. */
  publishedAt: string;
  load: DeferredTag[];
};

const publicationSchema = z.object({
  path: z.string().startsWith('/'),
  dataUrl: z.string().min(1),
  fingerprints: z.array(z.string()),
  asAt: z.string(),
  publishedAt: z.string(),
  load: z.array(z.object({ tag: z.enum(['link', 'script']), attrs: z.record(z.string(), z.string()) })),
}) satisfies z.ZodType<Publication>;

/** The page's publication record; null for a page the app draws itself (development, or a build not prerendered). */
export function readPublication(doc: Document): Publication | null {
  const text = doc.getElementById(PUBLICATION_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = publicationSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The record as HTML, safe inside the page: no "</script>" or comment can end the block early. */
export function publicationBlock(publication: Publication): string {
  const json = JSON.stringify(publication).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `<script type="application/json" id="${PUBLICATION_ELEMENT_ID}">${json}</script>`;
}

/**
 * Whether the address asks for exactly the page that was published: same path, no query. A static host serves the
 * same HTML whatever the query, so `?period=`, `?area=`, `?q=` or `?data=` all mean "some other view". page-boot.js
 * applies the same rule before the first paint, to keep such a page's figures hidden.
 */
export function isPublishedAddress(location: { pathname: string; search: string }, publication: Publication): boolean {
  return location.pathname === publication.path && location.search === '';
}
