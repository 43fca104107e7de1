import type { Kysely } from 'kysely';
import { defaultDatabaseUrl, openConnection } from './connection';
import { importFiles, storeIsEmpty, type ImportSources, type ImportSummary } from './import';
import { migrateToLatest } from './migrations';
import { defaultPublicFiles, type PublicFiles } from './public-files';
import { publish } from './publish';
import type { Store } from './store';

export type OpenOptions = { url?: string; files?: PublicFiles };

const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message ?? error));

/** Opens the store and brings its schema to the latest migration (waiting out another process doing the same). */
export async function openStore(options: OpenOptions = {}): Promise<Store> {
  const connection = await openConnection(options.url ?? defaultDatabaseUrl());
  const store: Store = { ...connection, files: options.files ?? defaultPublicFiles() };
  for (let attempt = 0; ; attempt++) {
    try {
      await migrateToLatest(store.db as unknown as Kysely<unknown>, store.dialect);
      return store;
    } catch (error) {
      if (!isBusy(error) || attempt >= 5) {
        await store.close();
        throw error;
      }
      await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
  }
}

/**
 * The first open of an empty store imports today's files (articles, corrections, positions) and records that
 * as a publication; the public files stay byte for byte as they were. Returns null when the store had data.
 */
export async function importWhenEmpty(store: Store, sources?: ImportSources): Promise<ImportSummary | null> {
  if (!(await storeIsEmpty(store))) return null;
  const summary = await importFiles(store, sources);
  if (summary.articles > 0) await publish(store, 'import');
  return summary;
}

const GLOBAL = Symbol.for('willing-atlas.store');

/**
 * The server's store, opened once per process (route handlers and pages are bundled apart; the process-wide
 * slot makes them share one connection). A failed open is not kept, so the next request tries again.
 */
export function serverStore(): Promise<Store> {
  const slot = globalThis as { [GLOBAL]?: Promise<Store> };
  if (!slot[GLOBAL]) {
    const opening = (async () => {
      const store = await openStore();
      await importWhenEmpty(store);
      return store;
    })();
    slot[GLOBAL] = opening;
    opening.catch(() => {
      if (slot[GLOBAL] === opening) delete slot[GLOBAL];
    });
  }
  return slot[GLOBAL];
}
