import { sql } from 'kysely';
import { inTransaction } from './connection';
import type { Database } from './schema';
import type { Store } from './store';

/** Tables in the order their foreign keys allow inserting them. */
export const TABLES = [
  'users',
  'sessions',
  'login_attempts',
  'articles',
  'positions',
  'figures',
  'audit_log',
  'publications',
] as const satisfies readonly (keyof Database)[];

const AUTO_NUMBERED = new Set(['users', 'login_attempts', 'positions', 'figures', 'audit_log', 'publications']);

export const DUMP_FORMAT = 'willing-atlas-store';

export type StoreDump = {
  format: typeof DUMP_FORMAT;
  version: 1;
  createdAt: string;
  tables: Record<(typeof TABLES)[number], Record<string, unknown>[]>;
};

/** Every row of every table, in key order: a backup that restores into either SQLite or PostgreSQL. */
export async function exportStore(store: Store): Promise<StoreDump> {
  return inTransaction(store, async (db) => {
    const tables = {} as StoreDump['tables'];
    for (const table of TABLES) {
      tables[table] = (await db.selectFrom(table).selectAll().orderBy('id').execute()) as Record<string, unknown>[];
    }
    return { format: DUMP_FORMAT, version: 1, createdAt: new Date().toISOString(), tables };
  });
}

/** Replaces the store's whole content by a dump's, in one transaction (readers see the old or the new data). */
export async function restoreStore(store: Store, dump: StoreDump): Promise<void> {
  if (dump.format !== DUMP_FORMAT || dump.version !== 1) throw new Error('not a Willing Atlas store backup');
  await inTransaction(store, async (db) => {
    for (const table of [...TABLES].reverse()) await db.deleteFrom(table).execute();
    for (const table of TABLES) {
      const rows = dump.tables[table] ?? [];
      // A few hundred rows per statement keeps under both databases' limits on bound parameters.
      for (let i = 0; i < rows.length; i += 200) {
        // The rows come from exportStore of the same schema; the dynamic table name hides their exact type.
        await db
          .insertInto(table)
          .values(rows.slice(i, i + 200) as never)
          .execute();
      }
      if (store.dialect === 'postgres' && AUTO_NUMBERED.has(table)) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce(max(id), 1), max(id) is not null) from ${sql.table(table)}`.execute(
          db,
        );
      }
    }
  });
}

/** SQLite's online backup API: a consistent copy of a live database file, while servers keep using it. */
export async function backupSqliteFile(source: string, destination: string): Promise<void> {
  const { default: Sqlite } = await import('better-sqlite3');
  const db = new Sqlite(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
}

/** Copies a SQLite backup into the live database through the backup API (which takes the database's locks). */
export async function restoreSqliteFile(backup: string, destination: string): Promise<void> {
  const { default: Sqlite } = await import('better-sqlite3');
  const db = new Sqlite(backup, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
}
