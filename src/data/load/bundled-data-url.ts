/** Where the build puts the bundled report (public/data). A module of its own so vite.config.ts can read it. */
export const BUNDLED_DATA_URL = '/data/indicators.json';

export type PreloadTag = { tag: 'link'; attrs: Record<string, string>; injectTo: 'head' };

/**
 * The `<link rel="preload">` that lets the browser start downloading the default data file with the page's
 * own scripts, instead of after they have run. Only for a path on the same site: a feed elsewhere may be
 * blocked by the site's Content-Security-Policy, and its credentials rules differ. `crossorigin` makes the
 * preload match the app's own fetch (cors mode, same-origin credentials), so the file is downloaded once.
 */
export function dataPreloadTag(deploymentUrl: string | undefined): PreloadTag | null {
  const url = deploymentUrl?.trim() || BUNDLED_DATA_URL;
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  return { tag: 'link', attrs: { rel: 'preload', href: url, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' };
}
