import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { storeSuite } from './testing/store-suite';

const dir = mkdtempSync(path.join(tmpdir(), 'wa-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSuite('SQLite', async () => path.join(dir, `store-${++n}.sqlite`));
