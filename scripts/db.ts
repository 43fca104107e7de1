import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupSqliteFile, exportStore, restoreSqliteFile, restoreStore, type StoreDump } from '@/lib/store/backup';
import { defaultDatabaseUrl, dialectOf } from '@/lib/store/connection';
import { importFiles } from '@/lib/store/import';
import { importWhenEmpty, openStore } from '@/lib/store/open';
import { publish } from '@/lib/store/publish';

/**
 * npm run db:migrate | db:import | db:setup | db:backup [-- --out FILE] | db:restore -- --from FILE
 * The store is DATABASE_URL (postgres://…), or the SQLite file it names, or data/store/atlas.sqlite.
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, from: { type: 'string' } },
  });
  const command = positionals[0];
  const url = defaultDatabaseUrl();
  const dialect = dialectOf(url);
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const out =
      values.out ?? path.join('data', 'store', 'backups', `atlas-${stamp}.${dialect === 'sqlite' ? 'sqlite' : 'json'}`);
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    if (out.endsWith('.json')) {
      const store = await openStore({ url });
      try {
        writeFileSync(out, JSON.stringify(await exportStore(store)));
      } finally {
        await store.close();
      }
    } else {
      if (dialect !== 'sqlite') throw new Error('a PostgreSQL store is backed up as JSON: give --out FILE.json');
      await backupSqliteFile(url, out);
    }
    console.log(`backup written to ${out}`);
    return 0;
  }
  if (command === 'restore') {
    if (!values.from) throw new Error('give the backup to restore: npm run db:restore -- --from FILE');
    if (values.from.endsWith('.json')) {
      const store = await openStore({ url });
      try {
        await restoreStore(store, JSON.parse(readFileSync(values.from, 'utf8')) as StoreDump);
      } finally {
        await store.close();
      }
    } else {
      if (dialect !== 'sqlite') throw new Error('a PostgreSQL store restores from a JSON backup');
      await restoreSqliteFile(values.from, url);
    }
    console.log(`restored ${values.from} into ${url}`);
    return 0;
  }
  const store = await openStore({ url });
  try {
    if (command === 'migrate') {
      console.log(`store ${store.location} is at the latest migration`);
    } else if (command === 'import') {
      const summary = await importFiles(store);
      console.log(
        `imported ${summary.articles} articles (${summary.skipped} already there), ${summary.positions} positions, ${summary.figures} figures, ${summary.corrections} corrections`,
      );
      if (summary.articles > 0) {
        const result = await publish(store, 'import');
        console.log(`published data version ${result.dataVersion} in ${result.ms} ms`);
      }
    } else if (command === 'setup') {
      const summary = await importWhenEmpty(store);
      console.log(
        summary
          ? `store ${store.location} set up: ${summary.articles} articles, ${summary.positions} positions, ${summary.figures} figures imported`
          : `store ${store.location} is ready`,
      );
    } else {
      console.error('usage: tsx scripts/db.ts migrate|import|setup|backup|restore');
      return 2;
    }
  } finally {
    await store.close();
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
