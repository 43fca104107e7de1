import { existsSync, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyOutput,
  goodOutput,
  shippedIndex,
  shippedText,
  snapshotOf,
  startCli,
  writeCorpus,
  removeTempDirs,
  type Snapshot,
} from './extract-cli-harness';

// The CLI writes through a temp file and a rename, so a process killed at any moment leaves either
// the old dataset or the new one, never a mix. These tests kill it with SIGKILL while it writes.

const COPIES = 40; // 5 shipped articles x 40 = 200 articles, about 2 MB of text

/** The shipped articles many times over under fresh ids: a corpus whose output differs from the one-article run. */
function syntheticCorpus(): string {
  const index = shippedIndex();
  const entries = [];
  const files: Record<string, Buffer> = {};
  for (let copy = 0; copy < COPIES; copy++) {
    for (const meta of index) {
      const id = `${meta.id}-copy${copy}`;
      entries.push({ ...meta, id, file: `${id}.txt` });
      files[`${id}.txt`] = shippedText(meta);
    }
  }
  return writeCorpus(entries, files);
}

const tempFiles = (dir: string) => readdirSync(dir).filter((name) => /\.tmp-\d+$/.test(name));

let previous: Snapshot;
let corpus: string;
afterAll(removeTempDirs);
beforeAll(() => {
  previous = goodOutput();
  corpus = syntheticCorpus();
});

describe('killing the extraction with SIGKILL while it writes', () => {
  it('leaves the old output byte for byte, with the new one half written beside it', async () => {
    const target = copyOutput(previous);
    // A slow disk (64 KB per 25 ms) makes "while it writes" a window of about a second rather than a race.
    const child = startCli(corpus, target.out, { FS_GUARD_SLOW_WRITE: '25' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    let partial = 0;
    while (child.exitCode === null && partial === 0) {
      await new Promise((r) => setTimeout(r, 5));
      const temp = tempFiles(target.dir)[0];
      if (temp) partial = statSync(join(target.dir, temp)).size;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(partial).toBeGreaterThan(0);

    const after = snapshotOf(target.dir);
    expect(after.get('positions.geojson')).toBe(previous.files.get('positions.geojson'));
    // The proof that the kill landed mid-write: the temp file is there and shorter than a finished output.
    const [temp] = tempFiles(target.dir);
    expect(temp).toBeDefined();
    expect(statSync(join(target.dir, temp!)).size).toBeLessThan(statSync(previous.out).size);
  }, 180_000);

  it('at full disk speed, killed as soon as the temp file appears, leaves an output that is wholly old or wholly new', async () => {
    const target = copyOutput(previous);
    const watcher = watch(target.dir);
    const child = startCli(corpus, target.out);
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    watcher.on('change', (_event, name) => {
      if (typeof name === 'string' && /\.tmp-\d+$/.test(name)) child.kill('SIGKILL');
    });
    const signal = await exited;
    watcher.close();
    expect(signal).toBe('SIGKILL');

    if (snapshotOf(target.dir).get('positions.geojson') !== previous.files.get('positions.geojson')) {
      // The rename won the race: then the file must be the complete new dataset.
      const geojson = readFileSync(target.out, 'utf8');
      expect(() => JSON.parse(geojson)).not.toThrow();
      expect(geojson).toContain('copy39');
    }
    expect(existsSync(target.out)).toBe(true);
  }, 180_000);
});
