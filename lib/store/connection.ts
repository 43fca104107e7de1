import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export type Db = Kysely<Database>;

export type Connection = {
  db: Db;
  dialect: Dialect;
  /** Where it is: the SQLite file, or the PostgreSQL URL without its password. */
  location: string;
  close(): Promise<void>;
};

/** How long a SQLite writer waits for another process's write lock before it gives up (ms). */
export const SQLITE_BUSY_TIMEOUT = 15_000;

export function defaultDatabaseUrl(): string {
  return process.env.DATABASE_URL || path.join(process.cwd(), 'data', 'store', 'atlas.sqlite');
}

export function dialectOf(url: string): Dialect {
  return /^postgres(?:ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * Opens the store named by `url`: `postgres://…` is PostgreSQL, anything else a SQLite file (created with its
 * folder when missing). SQLite runs in WAL mode with a busy timeout, so several server processes on one machine
 * share the file: readers never wait, and a writer waits its turn instead of failing.
 */
export async function openConnection(url: string = defaultDatabaseUrl()): Promise<Connection> {
  if (dialectOf(url) === 'postgres') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 5 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', location: redact(url), close: () => db.destroy() };
  }
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const { default: Sqlite } = await import('better-sqlite3');
  const database = new Sqlite(file);
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT}`);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', location: path.resolve(file), close: () => db.destroy() };
}

/**
 * Runs `work` in one transaction. On SQLite it is BEGIN IMMEDIATE: the write lock is taken at the start (waiting
 * up to the busy timeout), so two processes never both read and then fail to write. On PostgreSQL it is an
 * ordinary READ COMMITTED transaction; the repository's updates check row versions themselves.
 */
export async function inTransaction<T>(
  conn: Pick<Connection, 'db' | 'dialect'>,
  work: (db: Db) => Promise<T>,
): Promise<T> {
  if (conn.dialect === 'postgres') return conn.db.transaction().execute(work);
  return conn.db.connection().execute(async (db) => {
    await sql`begin immediate`.execute(db);
    let result: T;
    try {
      result = await work(db);
    } catch (error) {
      await sql`rollback`.execute(db).catch(() => undefined);
      throw error;
    }
    await sql`commit`.execute(db);
    return result;
  });
}
