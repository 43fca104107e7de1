import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyOutput,
  goodOutput,
  oneArticleCorpus,
  runCli,
  shippedIndex,
  shippedText,
  snapshotOf,
  writeCorpus,
  removeTempDirs,
  type Snapshot,
} from './extract-cli-harness';

// Each case runs the real CLI on a broken corpus and checks what an analyst would see: the message,
// the exit code, and that the dataset written by the previous good run is still there, byte for byte.

let previous: Snapshot;
afterAll(removeTempDirs);
beforeAll(() => {
  previous = goodOutput();
});

function expectRejected(
  articles: string,
  message: RegExp,
  options: { guards?: Record<string, string>; extra?: string[] } = {},
) {
  const target = copyOutput(previous);
  const run = runCli(articles, target.out, options);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/fs-guard|\n\s+at /); // a named problem, not a stack trace or a guarded read
  expect(run.status).toBe(2);
  expect(snapshotOf(target.dir)).toEqual(previous.files);
  return run;
}

const [first, second] = shippedIndex();
const arabic = shippedText(first!).toString('utf8');
const MB = 1024 * 1024;

describe('the extraction CLI on a good corpus', () => {
  it('writes the output file and exits 0', () => {
    expect([...previous.files.keys()]).toEqual(['positions.geojson']);
    expect(readFileSync(previous.out, 'utf8')).toMatch(/^\{"type":"FeatureCollection"/);
  });
});

describe('the extraction CLI refuses a broken index.json', () => {
  it('when it is missing', () => {
    expectRejected(writeCorpus(undefined, { 'a.txt': arabic }), /index\.json: missing/);
  });

  it('when it is not JSON', () => {
    expectRejected(writeCorpus('[{"id": "a", '), /index\.json: not valid JSON/);
  });

  it('when it is JSON of the wrong shape, naming the entry and field', () => {
    expectRejected(writeCorpus({ articles: [] }), /index\.json: top level: /);
    const noDate: Record<string, unknown> = { ...first };
    delete noDate.published;
    expectRejected(writeCorpus([noDate], { [first!.file]: arabic }), /index\.json: entry 0 field "published"/);
  });

  it('when it lists no article at all', () => {
    expectRejected(writeCorpus([]), /index\.json: lists no articles/);
  });

  it('when an entry points outside the folder', () => {
    expectRejected(
      oneArticleCorpus({ file: '../positions.geojson' }),
      /entry 0 field "file": file must be a plain file name/,
    );
  });

  it('when two entries share an id', () => {
    const dup = { ...second!, id: first!.id };
    expectRejected(
      writeCorpus([first, dup], { [first!.file]: arabic, [second!.file]: shippedText(second!) }),
      /entry 1 repeats the id "000_/,
    );
  });

  it.each([
    ['a day that does not exist', '2025-02-30', /entry 0 field "published": not a real calendar date/],
    ['a thirteenth month', '2025-13-01', /entry 0 field "published": not a real calendar date/],
    ['a day-first date', '26/02/2025', /entry 0 field "published": expected a date as YYYY-MM-DD/],
    ['a date with a time', '2025-02-26T10:00:00Z', /entry 0 field "published": expected a date as YYYY-MM-DD/],
  ])('when a publication date is impossible: %s', (_name, published, message) => {
    expectRejected(oneArticleCorpus({ published }), message);
  });
});

describe('the extraction CLI refuses a bad article file, naming it', () => {
  it('when the file is missing', () => {
    expectRejected(
      writeCorpus([first]),
      new RegExp(`${first!.file}: missing \\(listed in index.json as "${first!.id}"\\)`),
    );
  });

  it('when the file is empty', () => {
    expectRejected(oneArticleCorpus({}, ''), /\.txt: the file is empty/);
  });

  it('when the file holds only blanks', () => {
    expectRejected(oneArticleCorpus({}, ' \n\t\n  '), /\.txt: the file holds no letters/);
  });

  it('when the file is binary (a PNG header)', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expectRejected(oneArticleCorpus({}, png), /\.txt: the file contains NUL bytes/);
  });

  it('when otherwise good Arabic text carries a NUL byte', () => {
    const bytes = Buffer.from(arabic, 'utf8');
    expectRejected(
      oneArticleCorpus({}, Buffer.concat([bytes.subarray(0, 500), Buffer.from([0]), bytes.subarray(500)])),
      /\.txt: the file contains NUL bytes/,
    );
  });

  it('when Arabic text is saved as Windows-1256 instead of UTF-8', () => {
    // "قالت بريطانيا" in Windows-1256: single high bytes that are not valid UTF-8 sequences.
    const cp1256 = Uint8Array.from([0xde, 0xc7, 0xe1, 0xca, 0x20, 0xc8, 0xd1, 0xed, 0xd8, 0xc7, 0xe4, 0xed, 0xc7]);
    expectRejected(oneArticleCorpus({}, cp1256), /\.txt: the file is not valid UTF-8 text/);
  });

  it('when the file is a folder', () => {
    const dir = oneArticleCorpus({ file: 'folder.txt' });
    rmSync(join(dir, 'folder.txt'));
    mkdirSync(join(dir, 'folder.txt'));
    expectRejected(dir, /folder\.txt: not a regular file/);
  });

  it('when the file is a named pipe, without waiting for a writer', () => {
    const dir = oneArticleCorpus({ file: 'pipe.txt' });
    rmSync(join(dir, 'pipe.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    expectRejected(dir, /pipe\.txt: not a regular file/);
  });

  it('when the file is a few MB over the limit', () => {
    expectRejected(
      oneArticleCorpus({}, arabic.repeat(Math.ceil((5 * MB) / Buffer.byteLength(arabic)))),
      /\.txt: the file is 5\.\d MB, over the 4 MB limit/,
    );
  });

  it('when the file is 50 MB, without ever reading it whole', () => {
    const dir = oneArticleCorpus({}, '');
    const chunk = Buffer.from(arabic, 'utf8');
    const big = Buffer.alloc(50 * MB);
    for (let at = 0; at < big.length; at += chunk.length) chunk.copy(big, at);
    writeFileSync(join(dir, first!.file), big);
    // The guard makes any whole-file read over 8 MB throw, so only a stat-first check can pass.
    expectRejected(dir, /\.txt: the file is 50\.0 MB, over the 4 MB limit/, {
      guards: { FS_GUARD_MAX_READ: String(8 * MB) },
    });
  });

  it('lists every problem at once, each with its file', () => {
    const run = expectRejected(
      writeCorpus([first, second, { ...first!, id: 'third', file: 'third.txt' }], {
        [first!.file]: '',
        'third.txt': Uint8Array.from([0xff, 0xfe]),
      }),
      /has 3 problems/,
    );
    expect(run.stderr).toMatch(new RegExp(`${first!.file}: the file is empty`));
    expect(run.stderr).toMatch(new RegExp(`${second!.file}: missing`));
    expect(run.stderr).toMatch(/third\.txt: the file is not valid UTF-8 text/);
  });
});

describe('the extraction CLI refuses bad invocations', () => {
  it('an unknown option', () => {
    expectRejected(oneArticleCorpus(), /error: Unknown option '--bogus'/, { extra: ['--bogus'] });
  });

  it('an output folder that does not exist, leaving nothing behind', () => {
    const run = runCli(oneArticleCorpus(), join(previous.dir, 'no-such-folder', 'positions.geojson'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/ENOENT.*no-such-folder/);
    expect(snapshotOf(previous.dir)).toEqual(previous.files);
  });
});
