import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * A private copy of the served data (positions + articles) that a test may delete, corrupt and
 * restore while its own server runs on it — the shared data/ folder is never touched.
 */
export type TempData = {
  dir: string;
  positionsFile: string;
  articlesDir: string;
  env: { POSITIONS_FILE: string; ARTICLES_DIR: string };
  /** Moves a file away; the returned function puts it back (a new mtime, so caches see a new version). */
  hide(file: string): () => void;
  /** Replaces a file's content; the returned function restores the original bytes. */
  overwrite(file: string, content: string | Uint8Array): () => void;
  remove(): void;
};

export function tempData(): TempData {
  const dir = mkdtempSync(join(tmpdir(), 'wa-data-'));
  const positionsFile = join(dir, 'positions.geojson');
  const articlesDir = join(dir, 'articles');
  cpSync(join(ROOT, 'data/positions.geojson'), positionsFile);
  cpSync(join(ROOT, 'data/articles'), articlesDir, { recursive: true });
  return {
    dir,
    positionsFile,
    articlesDir,
    env: { POSITIONS_FILE: positionsFile, ARTICLES_DIR: articlesDir },
    hide(file) {
      renameSync(file, `${file}.hidden`);
      return () => renameSync(`${file}.hidden`, file);
    },
    overwrite(file, content) {
      renameSync(file, `${file}.original`);
      writeFileSync(file, content);
      return () => renameSync(`${file}.original`, file);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
