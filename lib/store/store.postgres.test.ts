import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensurePostgres, startPostgres, type TestPostgres } from './testing/postgres';
import { storeSuite } from './testing/store-suite';

// The same suite as store.sqlite.test.ts, on a real PostgreSQL that this file installs (Debian's package, when
// missing), initdb's in a temporary folder, starts on a free port and removes at the end.
const found = ensurePostgres();

if ('reason' in found) {
  console.warn(`[store.postgres.test] SKIPPED: ${found.reason}`);
  describe.skip('the store on PostgreSQL', () => it('needs postgresql', () => undefined));
} else {
  let server: TestPostgres | null = null;
  beforeAll(async () => {
    server = await startPostgres(found.bin);
  }, 120_000);
  afterAll(() => server?.stop());
  storeSuite('PostgreSQL', () => server!.createDatabase());
}
