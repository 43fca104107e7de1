import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleIndexSchema } from '@/lib/schema/articles';
import { positionsCollectionSchema } from '@/lib/schema/positions';
import { addArticle, articleDetail, discardArticle, markPublished } from './articles';
import { importWhenEmpty, openStore } from './open';
import { buildPublicData, publish } from './publish';
import { NEW_ARTICLE, ROOT, SHIPPED, tempPublicFiles } from './testing/fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'wa-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PAUSE_MS = 400;

/**
 * A store whose next publish both removes an article (published before, now discarded) and adds one, so that
 * it writes every kind of file: a text, the index listing both, the positions, the final index.
 */
async function scenario(n: number) {
  const files = tempPublicFiles();
  const url = path.join(dir, `crash-${n}.sqlite`);
  const store = await openStore({ url, files });
  await importWhenEmpty(store, { ...files, correctionsFile: SHIPPED.correctionsFile });
  const leaving = await addArticle(store, NEW_ARTICLE, 'amina');
  await markPublished(store, leaving.article.id, leaving.article.version, 'amina');
  await publish(store, 'amina');
  const current = await articleDetail(store, leaving.article.id);
  await discardArticle(store, leaving.article.id, current.article.version, 'amina');
  const arriving = await addArticle(store, { ...NEW_ARTICLE, published: '2025-03-05' }, 'omar');
  await markPublished(store, arriving.article.id, arriving.article.version, 'omar');
  return { files, url, store, leaving: leaving.article.id, arriving: arriving.article.id };
}

/** Starts a publishing child and SIGKILLs it right after its `after`-th file write (0: before any). */
function publishAndKill(env: Record<string, string>, after: number): Promise<{ writes: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/store/testing/publish-child.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env, WA_PUBLISH_PAUSE_MS: String(PAUSE_MS) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const writes: string[] = [];
    let err = '';
    const kill = () => child.kill('SIGKILL');
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk;
      for (const match of String(chunk).matchAll(/publish wrote (\S+)/g)) {
        writes.push(match[1]!);
        if (writes.length === after) kill();
      }
    });
    // "Before any write": killed as soon as it has opened the store and is building the files.
    if (after === 0) setTimeout(kill, 150).unref();
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`publish child failed (${code}): ${err}`));
      else resolve({ writes, killed: signal === 'SIGKILL' });
    });
  });
}

function checkConsistent(files: { positionsFile: string; articlesDir: string }) {
  const collection = positionsCollectionSchema.parse(JSON.parse(readFileSync(files.positionsFile, 'utf8')));
  const index = articleIndexSchema.parse(JSON.parse(readFileSync(path.join(files.articlesDir, 'index.json'), 'utf8')));
  const listed = new Set(index.map((a) => a.id));
  const cited = new Set(
    collection.features.flatMap((f) => [...f.properties.positions, ...f.properties.spending].map((p) => p.article)),
  );
  expect([...cited].filter((id) => !listed.has(id))).toEqual([]);
  expect(index.filter((a) => !existsSync(path.join(files.articlesDir, a.file))).map((a) => a.id)).toEqual([]);
  return { listed, cited };
}

describe('a publish killed with SIGKILL', () => {
  it.each([0, 1, 2, 3, 4])(
    'after %i file writes leaves valid, consistent public files, and the store publishes again',
    async (after) => {
      const s = await scenario(after);
      try {
        const expected = await buildPublicData(s.store.db, s.files);
        const env = { DATABASE_URL: s.url, POSITIONS_FILE: s.files.positionsFile, ARTICLES_DIR: s.files.articlesDir };
        const run = await publishAndKill(env, after);
        expect(run.killed).toBe(true);
        expect(run.writes).toHaveLength(after);
        const state = checkConsistent(s.files);
        // Half-way through, the index lists the article leaving and the one arriving together.
        if (after === 2) expect([state.listed.has(s.leaving), state.listed.has(s.arriving)]).toEqual([true, true]);
        if (after < 3) expect(state.cited.has(s.arriving)).toBe(false);

        const again = await publish(s.store, 'amina');
        checkConsistent(s.files);
        expect(readFileSync(s.files.positionsFile, 'utf8')).toBe(expected.geojson);
        expect(readFileSync(path.join(s.files.articlesDir, 'index.json'), 'utf8')).toBe(expected.index);
        expect(existsSync(path.join(s.files.articlesDir, `${s.leaving}.txt`))).toBe(false);
        expect(again.articles).toBe(expected.articles.length);
      } finally {
        await s.store.close();
        s.files.remove();
      }
    },
  );
});
