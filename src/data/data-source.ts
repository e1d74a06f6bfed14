import { BUNDLED_DATA_URL } from './load-dataset';

/** A deployment may point the dashboard at its own extract with VITE_DATA_URL; otherwise the bundled report. */
export function resolveDataUrl(): string {
  const configured = import.meta.env.VITE_DATA_URL;
  return typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : BUNDLED_DATA_URL;
}
