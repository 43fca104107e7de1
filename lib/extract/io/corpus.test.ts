import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, decodeArticle, readCorpus } from './corpus';

const meta = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  file: `${id}.txt`,
  lang: 'ar',
  published: '2025-04-10',
  date_precision: 'day',
  source: 's',
  date_basis: 'b',
  ...extra,
});

function corpus(index: unknown, files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  writeFileSync(join(dir, 'index.json'), typeof index === 'string' ? index : JSON.stringify(index));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const problemsOf = (dir: string): string[] => {
  try {
    readCorpus(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(CorpusError);
    return (e as CorpusError).problems;
  }
  throw new Error('expected a CorpusError');
};

describe('reading an article corpus', () => {
  it('reads the shipped corpus', () => {
    expect(readCorpus('data/articles').map((a) => a.meta.id)).toHaveLength(5);
  });

  it('names a missing or malformed index.json', () => {
    expect(problemsOf(mkdtempSync(join(tmpdir(), 'empty-')))[0]).toMatch(/index\.json: missing/);
    expect(problemsOf(corpus('[{"id": '))[0]).toMatch(/index\.json: not valid JSON/);
    expect(problemsOf(corpus({ id: 'x' }))[0]).toMatch(/index\.json/);
  });

  it('names an impossible date with the entry and field', () => {
    expect(problemsOf(corpus([meta('a', { published: '2025-02-30' })]))[0]).toMatch(
      /entry 0 field "published": not a real calendar date/,
    );
  });

  it('names duplicate ids and missing text files', () => {
    const problems = problemsOf(corpus([meta('a'), meta('a'), meta('b')], { 'a.txt': 'قالت بولندا' }));
    expect(problems.join('\n')).toMatch(/entry 1 repeats the id "a"/);
    expect(problems.join('\n')).toMatch(/b\.txt: missing/);
  });

  it('rejects empty, binary and non-UTF-8 text, naming the file', () => {
    expect(decodeArticle('e.txt', new Uint8Array())).toEqual({ problem: 'e.txt: the file is empty' });
    expect(decodeArticle('n.txt', Uint8Array.from([0xd9, 0x82, 0x00, 0x41]))).toEqual({
      problem: 'n.txt: the file contains NUL bytes (binary data, not text)',
    });
    expect(decodeArticle('l.txt', Uint8Array.from([0xe9, 0x74, 0xe9]))).toEqual({
      problem: 'l.txt: the file is not valid UTF-8 text',
    });
  });

  it('rejects a file over the size limit before reading it', () => {
    const big = 'ا'.repeat(2.5 * 1024 * 1024);
    expect(problemsOf(corpus([meta('a')], { 'a.txt': big }))[0]).toMatch(
      /a\.txt: the file is 5\.0 MB, over the 4 MB limit/,
    );
  });
});
