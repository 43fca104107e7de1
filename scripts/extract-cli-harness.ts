import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Helpers for tests that run the extraction CLI as analysts do: a real process, real files, an exit code. */

export const ROOT = resolve(import.meta.dirname, '..');
export const FS_GUARDS = join(ROOT, 'e2e/reliability/fixtures/fs-guards.mjs');

export type CliResult = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** `node --import tsx` rather than the tsx CLI: one process, so a signal reaches the extraction itself. */
export function cliArgs(articles: string, out: string, extra: string[] = []): string[] {
  return ['--import', 'tsx', 'scripts/extract.ts', '--articles', articles, '--out', out, '--quiet', ...extra];
}

/** Environment for the CLI, optionally preloading the fs guards (see fs-guards.mjs). */
export function cliEnv(guards: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...guards };
  if (Object.keys(guards).length > 0)
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import ${FS_GUARDS}`.trim();
  return env;
}

export function runCli(
  articles: string,
  out: string,
  options: { extra?: string[]; guards?: Record<string, string> } = {},
): CliResult {
  const r = spawnSync(process.execPath, cliArgs(articles, out, options.extra), {
    cwd: ROOT,
    env: cliEnv(options.guards),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export function startCli(articles: string, out: string, guards: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, cliArgs(articles, out), {
    cwd: ROOT,
    env: cliEnv(guards),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const created: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `wa-${prefix}-`));
  created.push(dir);
  return dir;
}

/** Deletes every folder tempDir made (the 50 MB article among them); call it in afterAll. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

type Meta = {
  id: string;
  file: string;
  lang: string;
  published: string;
  date_precision: string;
  source: string;
  date_basis: string;
};

export const shippedIndex = (): Meta[] =>
  JSON.parse(readFileSync(join(ROOT, 'data/articles/index.json'), 'utf8')) as Meta[];
export const shippedText = (meta: Meta): Buffer => readFileSync(join(ROOT, 'data/articles', meta.file));

/** A corpus folder: index.json (an array is serialised, a string or Buffer written as is) and the given files. */
export function writeCorpus(index: unknown, files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir('corpus');
  if (index !== undefined) {
    writeFileSync(
      join(dir, 'index.json'),
      typeof index === 'string' || index instanceof Uint8Array ? index : JSON.stringify(index, null, 2),
    );
  }
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A one-article corpus copied from the shipped one, with the entry's fields overridden. */
export function oneArticleCorpus(override: Partial<Meta> = {}, text?: string | Uint8Array): string {
  const meta = shippedIndex()[0]!;
  const entry = { ...meta, ...override };
  return writeCorpus([entry], { [entry.file]: text ?? shippedText(meta) });
}

/** Output files of an earlier good run, to be compared byte for byte after a failed one. */
export type Snapshot = { dir: string; out: string; files: Map<string, string> };

/**
 * Every file in a folder with the SHA-256 of its bytes: equal digests mean byte-identical files, and
 * comparing digests is instant where deep-comparing megabyte Buffers element by element is not.
 */
export function snapshotOf(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, sha256(readFileSync(join(dir, name)))]),
  );
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function copyOutput(from: Snapshot): Snapshot {
  const dir = tempDir('out');
  cpSync(from.dir, dir, { recursive: true });
  return { dir, out: join(dir, 'positions.geojson'), files: snapshotOf(dir) };
}

/** Runs the CLI once on a good one-article corpus so failing runs have an output to (not) overwrite. */
export function goodOutput(): Snapshot {
  const dir = tempDir('out');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'positions.geojson');
  const run = runCli(oneArticleCorpus(), out);
  if (run.status !== 0) throw new Error(`the good run failed (${run.status}): ${run.stderr}`);
  return { dir, out, files: snapshotOf(dir) };
}
