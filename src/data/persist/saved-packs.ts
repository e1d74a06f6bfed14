import { useSyncExternalStore } from 'react';
import { z } from '../../lib/zod';

/**
 * Packs saved in this browser, newest first. They are small and only this browser's, so localStorage is enough; the
 * link of a pack (its URL) is what is shared. Read through the schema: storage is as untrusted as a link.
 */
export type SavedPack = { id: string; name: string; measureIds: string[]; savedAt: string };

const KEY = 'csc-dashboard-packs';
const MAX_SAVED = 50;

const savedPacksSchema = z.array(
  z.object({ id: z.string().max(100), name: z.string().max(200), measureIds: z.array(z.string().max(200)).max(500), savedAt: z.string().max(40) }),
);

const listeners = new Set<() => void>();
let cache: { raw: string | null; packs: SavedPack[] } = { raw: null, packs: [] };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // A browser that refuses storage still builds and presents packs; it only cannot keep them.
  }
}

export function listSavedPacks(): SavedPack[] {
  const raw = storage()?.getItem(KEY) ?? null;
  if (raw === cache.raw) return cache.packs;
  let packs: SavedPack[] = [];
  try {
    const parsed = savedPacksSchema.safeParse(JSON.parse(raw ?? '[]'));
    if (parsed.success) packs = parsed.data;
  } catch {
    packs = [];
  }
  cache = { raw, packs };
  return packs;
}

function write(packs: SavedPack[]): void {
  storage()?.setItem(KEY, JSON.stringify(packs.slice(0, MAX_SAVED)));
  for (const listener of listeners) listener();
}

/** Saves a pack under its name: a pack of the same name is replaced, so saving again updates it. */
export function savePack(name: string, measureIds: readonly string[], now = new Date()): SavedPack {
  const pack: SavedPack = { id: `pack-${now.getTime()}`, name, measureIds: [...measureIds], savedAt: now.toISOString() };
  write([pack, ...listSavedPacks().filter((p) => p.name !== name)]);
  return pack;
}

export function deleteSavedPack(id: string): void {
  write(listSavedPacks().filter((p) => p.id !== id));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab's save arrives as a storage event.
  const onStorage = (event: StorageEvent) => event.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSavedPacks(): SavedPack[] {
  return useSyncExternalStore(subscribe, listSavedPacks, () => []);
}
