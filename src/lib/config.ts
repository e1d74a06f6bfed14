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
};

export const DEFAULT_REFRESH_SECONDS = 300;
export const DEFAULT_FETCH_TIMEOUT_SECONDS = 15;

type Env = Record<string, unknown>;

export function readConfig(env: Env, warn: (message: string) => void = () => {}): AppConfig {
  return {
    dataUrl: readText(env.VITE_DATA_URL),
    refreshMs: readSeconds(env, 'VITE_REFRESH_SECONDS', DEFAULT_REFRESH_SECONDS, 0, warn) * 1000,
    fetchTimeoutMs: readSeconds(env, 'VITE_FETCH_TIMEOUT_SECONDS', DEFAULT_FETCH_TIMEOUT_SECONDS, 1, warn) * 1000,
  };
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
