import { promisifyRequest, type UseStore } from 'idb-keyval';

export type RecoverableStore = {
  /** Runs an operation on the store, reopening or recreating the database once if it is closed, missing or damaged. */
  run<T>(operation: (store: UseStore) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

const DAMAGE = new Set(['NotFoundError', 'InvalidStateError', 'VersionError', 'UnknownError']);

function isDamage(error: unknown): boolean {
  return error instanceof DOMException && DAMAGE.has(error.name);
}

/**
 * An idb-keyval store whose connection this module holds, so that it can be closed. idb-keyval's own createStore
 * keeps its connection open for good: a damaged database could then never be deleted (the deletion waits for that
 * connection, and every later operation waits for the deletion), and another tab could never upgrade it.
 *
 * A failed operation is first tried again on a new connection (the browser closes one when site data is cleared);
 * if it fails the same way, the database is missing its table or damaged, so it is deleted and created afresh,
 * rather than failing every later import.
 */
export function recoverableStore(database: string, table: string, what: string): RecoverableStore {
  let connection: Promise<IDBDatabase> | null = null;

  const open = (): Promise<IDBDatabase> => {
    const request = indexedDB.open(database);
    request.onupgradeneeded = () => request.result.createObjectStore(table);
    const opened: Promise<IDBDatabase> = promisifyRequest(request).then((db) => {
      const forget = () => {
        if (connection === opened) connection = null;
      };
      // Another tab deleting or upgrading the database must not wait for this one: close, reopen when next needed.
      db.onversionchange = () => {
        db.close();
        forget();
      };
      db.onclose = forget;
      return db;
    });
    connection = opened;
    return opened;
  };

  const store: UseStore = (mode, callback) => (connection ?? open()).then((db) => callback(db.transaction(table, mode).objectStore(table)));

  const close = async () => {
    const current = connection;
    connection = null;
    const db = await current?.catch(() => null);
    db?.close();
  };

  async function run<T>(operation: (store: UseStore) => Promise<T>): Promise<T> {
    try {
      return await operation(store);
    } catch (error) {
      if (!isDamage(error)) throw error;
    }
    await close();
    try {
      return await operation(store);
    } catch (error) {
      if (!isDamage(error)) throw error;
      console.warn(`${what} was damaged and has been recreated`, error);
    }
    await close();
    await deleteDatabase(database);
    return operation(store);
  }

  return { run, close };
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Another tab still holds it open (an older version of the app): the deletion goes ahead when it lets go.
    request.onblocked = () => resolve();
  });
}
