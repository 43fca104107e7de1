import { ConflictError } from '../errors';
import { openStore } from '../open';
import { reviewPosition } from '../reviews';

// One server process's review (store.sqlite.test.ts runs two at once on one file): prints "ok" or "conflict".
const [id, version, action, user] = process.argv.slice(2);
const store = await openStore();
try {
  await reviewPosition(store, Number(id), { action: action as 'accept' | 'reject', version: Number(version) }, user!);
  process.stdout.write('ok\n');
} catch (error) {
  if (!(error instanceof ConflictError)) throw error;
  process.stdout.write('conflict\n');
} finally {
  await store.close();
}
