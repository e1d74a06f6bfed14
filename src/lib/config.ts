/**
 * Deployment settings, read from the environment in one place (house style: parse at the edges).
 * A bad value falls back to the default with a console warning rather than stopping the dashboard:
 * a typo in a host's build settings must not leave managers with a blank page.
 */

export type AppConfig = {
  /** Feed a deployment points at instead of the bundled report (VITE_DATA_URL), or null. */
  dataUrl: string | null;
  /** How often a feed is checked for new figures (VITE_REFRESH_SECONDS); 0 turns polling off. */
  refreshMs: number;
  /** How long one fetch of the feed may take before it counts as failed (VITE_FETCH_TIMEOUT_SECONDS). */
  fetchTimeoutMs: number;
  /**
   * Other sites whose feeds are the council's own (VITE_FEED_ORIGINS, origins separated by commas or spaces). Figures
   * from any other site, opened with a ?data= link, are shown under a banner that names the site.
   */
  feedOrigins: string[];
};

export const DEFAULT_REFRESH_SECONDS = 300;
export const DEFAULT_FETCH_TIMEOUT_SECONDS = 15;

type Env = Record<string, unknown>;

export function readConfig(env: Env, warn: (message: string) => void = () => {}): AppConfig {
  return {
    dataUrl: readText(env.VITE_DATA_URL),
    refreshMs: readSeconds(env, 'VITE_REFRESH_SECONDS', DEFAULT_REFRESH_SECONDS, 0, warn) * 1000,
    fetchTimeoutMs: readSeconds(env, 'VITE_FETCH_TIMEOUT_SECONDS', DEFAULT_FETCH_TIMEOUT_SECONDS, 1, warn) * 1000,
    feedOrigins: readOrigins(env, 'VITE_FEED_ORIGINS', warn),
  };
}

/** "https://data.example.gov.uk, https://stats.example.org" -> their origins; anything else is left out with a warning. */
function readOrigins(env: Env, name: string, warn: (message: string) => void): string[] {
  const raw = readText(env[name]);
  if (raw === null) return [];
  const origins: string[] = [];
  for (const entry of raw.split(/[\s,]+/).filter(Boolean)) {
    const url = URL.canParse(entry) ? new URL(entry) : null;
    const isOrigin = url && (url.protocol === 'https:' || url.protocol === 'http:') && url.pathname === '/' && !url.search && !url.hash && !url.username;
    if (url && isOrigin) origins.push(url.origin);
    else warn(`${name}: "${entry}" is not an origin like "https://data.example.gov.uk"; it was left out.`);
  }
  return [...new Set(origins)];
}

function readText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function readSeconds(env: Env, name: string, fallback: number, min: number, warn: (message: string) => void): number {
  const raw = readText(env[name]);
  if (raw === null) return fallback;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < min) {
    warn(`${name}="${raw}" is not a number of seconds (at least ${min}); using ${fallback}.`);
    return fallback;
  }
  return seconds;
}

export const config: AppConfig = readConfig(import.meta.env as Env, (message) => console.warn(message));
