import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importWhenEmpty, openStore } from './open';
import { reviewItem, reviewQueue } from './reviews';
import { ROOT, SHIPPED, tempPublicFiles } from './testing/fixtures';
import { storeSuite } from './testing/store-suite';

const dir = mkdtempSync(path.join(tmpdir(), 'wa-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSuite('SQLite', async () => path.join(dir, `store-${++n}.sqlite`));

/** A review made by a process of its own, as a second `next start` on the same machine would. */
function reviewInChild(url: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'lib/store/testing/review-child.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } },
      (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout.trim())),
    );
  });
}

describe('one SQLite file shared by several server processes', () => {
  it('lets exactly one of two simultaneous reviewers of the same version through; both processes agree', async () => {
    const files = tempPublicFiles();
    const url = path.join(dir, 'shared.sqlite');
    const store = await openStore({ url, files });
    try {
      await importWhenEmpty(store, { ...files, correctionsFile: SHIPPED.correctionsFile });
      const item = (await reviewQueue(store, 'position', 1))[0]!;
      const outcomes = await Promise.all([
        reviewInChild(url, [String(item.id), String(item.version), 'reject', 'amina']),
        reviewInChild(url, [String(item.id), String(item.version), 'accept', 'omar']),
      ]);
      expect(outcomes.sort()).toEqual(['conflict', 'ok']);
      const now = await reviewItem(store, 'position', item.id);
      expect(now.version).toBe(item.version + 1);
      expect(['rejected', 'accepted']).toContain(now.review);
      const entries = await store.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', String(item.id))
        .execute();
      expect(entries).toHaveLength(1);
    } finally {
      await store.close();
      files.remove();
    }
  });
});
