import { openStore } from '../open';
import { publish } from '../publish';

// Publishes the store named by DATABASE_URL to POSITIONS_FILE / ARTICLES_DIR: the process publish-crash.test.ts kills.
const store = await openStore();
const result = await publish(store, 'crash-test');
await store.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
