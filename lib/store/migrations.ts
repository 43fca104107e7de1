import { Migrator, sql, type CreateTableBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './connection';

const sqlStatus = sql`status in ('draft', 'published', 'discarded')`;

/**
 * The store's migrations, the same for SQLite and PostgreSQL. The only thing that differs is how an
 * auto-numbered key is spelled (SQLite's INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL's SERIAL).
 */
export function storeMigrations(dialect: Dialect): Record<string, Migration> {
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    dialect === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

  return {
    '001_initial': {
      async up(db: Kysely<unknown>) {
        await withId(db.schema.createTable('users'))
          .addColumn('username', 'text', (c) => c.notNull().unique())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();

        await db.schema
          .createTable('sessions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('csrf', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

        await withId(db.schema.createTable('login_attempts'))
          .addColumn('username', 'text', (c) => c.notNull())
          .addColumn('address', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('ok', 'integer', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('login_attempts_user').on('login_attempts').columns(['username', 'at']).execute();
        await db.schema.createIndex('login_attempts_address').on('login_attempts').columns(['address', 'at']).execute();

        await db.schema
          .createTable('articles')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('file', 'text', (c) => c.notNull().unique())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('published', 'text', (c) => c.notNull())
          .addColumn('date_precision', 'text', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('source_ar', 'text')
          .addColumn('date_basis', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sqlStatus))
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('added_by', 'text')
          .addColumn('added_at', 'text', (c) => c.notNull())
          .addColumn('published_at', 'text')
          .execute();

        for (const table of ['positions', 'figures'] as const) {
          let builder = withId(db.schema.createTable(table))
            .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
            .addColumn('iso3', 'text', (c) => c.notNull())
            .addColumn('origin', 'text', (c) => c.notNull())
            .addColumn('proposal', 'text', (c) => c.notNull())
            .addColumn('current', 'text', (c) => c.notNull())
            .addColumn('review', 'text', (c) => c.notNull().defaultTo('unreviewed'))
            .addColumn('note', 'text')
            .addColumn('reviewed_by', 'text')
            .addColumn('reviewed_at', 'text')
            .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));
          if (table === 'positions') {
            builder = builder
              .addColumn('confidence', 'double precision', (c) => c.notNull())
              .addColumn('conflict', 'integer', (c) => c.notNull().defaultTo(0));
          }
          await builder.execute();
          await db.schema.createIndex(`${table}_article`).on(table).column('article_id').execute();
          await db.schema.createIndex(`${table}_review`).on(table).column('review').execute();
        }

        await withId(db.schema.createTable('audit_log'))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('username', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('entity_kind', 'text', (c) => c.notNull())
          .addColumn('entity_id', 'text', (c) => c.notNull())
          .addColumn('before_json', 'text')
          .addColumn('after_json', 'text')
          .addColumn('note', 'text')
          .addColumn('revert_of', 'integer')
          .addColumn('reverted_by', 'integer')
          .execute();
        await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_kind', 'entity_id']).execute();

        await withId(db.schema.createTable('publications'))
          .addColumn('started_at', 'text', (c) => c.notNull())
          .addColumn('finished_at', 'text', (c) => c.notNull())
          .addColumn('username', 'text', (c) => c.notNull())
          .addColumn('data_version', 'text', (c) => c.notNull())
          .addColumn('audit_id', 'integer', (c) => c.notNull())
          .addColumn('articles', 'integer', (c) => c.notNull())
          .addColumn('positions', 'integer', (c) => c.notNull())
          .addColumn('figures', 'integer', (c) => c.notNull())
          .addColumn('ms', 'integer', (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of [
          'publications',
          'audit_log',
          'figures',
          'positions',
          'articles',
          'login_attempts',
          'sessions',
          'users',
        ]) {
          await db.schema.dropTable(table).ifExists().execute();
        }
      },
    },
  };
}

/** Brings the schema to the latest migration; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<string[]> {
  const migrations = storeMigrations(dialect);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
