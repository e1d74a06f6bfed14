import { z } from '../../lib/zod';

/**
 * Which import this browser uses, kept apart from the imports themselves (the store of versions): the id of the
 * version chosen and whether it is on screen or put aside for the bundled report. A preference, tiny and wanted
 * at once, so it lives in localStorage; where that is refused (some private windows) it lasts until the page closes.
 */
export type ImportPointer = { versionId: string; showing: boolean };

const KEY = 'csc-dashboard:import';
const pointerSchema = z.object({ versionId: z.string().min(1).max(200), showing: z.boolean() });
let inMemory: ImportPointer | null = null;

export function readImportPointer(): ImportPointer | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (raw === null || raw === undefined) return inMemory;
    const parsed = pointerSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return inMemory;
  }
}

export function writeImportPointer(pointer: ImportPointer | null): void {
  inMemory = pointer;
  try {
    if (pointer) globalThis.localStorage?.setItem(KEY, JSON.stringify(pointer));
    else globalThis.localStorage?.removeItem(KEY);
  } catch (error) {
    console.warn('The choice of import could not be saved in this browser', error);
  }
}
