import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { articleIndexSchema, type ArticleMeta } from '@/lib/schema/articles';

/** Articles above this size are refused: the corpus is news text, a larger file is a mistake or an attack. */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

export interface Article {
  meta: ArticleMeta;
  text: string;
  bytes: number;
}

/** Every problem found in a corpus, each naming the file it is about. */
export class CorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `the article corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'CorpusError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Validates one article file's bytes and decodes them; returns the problem instead when there is one. */
export function decodeArticle(file: string, bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: `${file}: the file is empty` };
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      problem: `${file}: the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`,
    };
  }
  if (bytes.includes(0)) return { problem: `${file}: the file contains NUL bytes (binary data, not text)` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: `${file}: the file is not valid UTF-8 text` };
  }
  if (!/\p{L}/u.test(text)) return { problem: `${file}: the file holds no letters (only blanks or punctuation)` };
  return { text };
}

function readIndex(dir: string): ArticleMeta[] {
  const path = join(dir, 'index.json');
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new CorpusError([`${path}: missing (every articles folder needs an index.json)`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new CorpusError([`${path}: not valid JSON (${(e as Error).message})`]);
  }
  const parsed = articleIndexSchema.safeParse(json);
  if (!parsed.success) {
    throw new CorpusError(
      parsed.error.issues.map((issue) => {
        const [entry, field] = issue.path;
        const where =
          typeof entry === 'number' ? `entry ${entry}${field ? ` field "${String(field)}"` : ''}` : 'top level';
        return `${path}: ${where}: ${issue.message}`;
      }),
    );
  }
  // An empty list would silently replace the whole dataset with an empty one.
  if (parsed.data.length === 0) throw new CorpusError([`${path}: lists no articles`]);
  return parsed.data;
}

/** One article read from disk, or the problem that names it. */
function loadArticle(dir: string, meta: ArticleMeta): Article | { problem: string } {
  const path = join(dir, meta.file);
  let size: number;
  try {
    const info = statSync(path);
    // A folder would fail the read with a message naming no file; a FIFO would block it forever.
    if (!info.isFile()) return { problem: `${path}: not a regular file (listed in index.json as "${meta.id}")` };
    size = info.size;
  } catch {
    return { problem: `${path}: missing (listed in index.json as "${meta.id}")` };
  }
  if (size > MAX_ARTICLE_BYTES) {
    return {
      problem: `${path}: the file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`,
    };
  }
  const decoded = decodeArticle(path, readFileSync(path));
  return 'problem' in decoded ? decoded : { meta, text: decoded.text, bytes: size };
}

/**
 * Checks index.json and every article it lists without keeping their texts, so a large corpus can then be
 * extracted one article at a time. Throws a CorpusError naming each bad file and its problem.
 */
export function checkCorpus(dir: string): ArticleMeta[] {
  const index = readIndex(dir);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  index.forEach((meta, i) => {
    const first = seen.get(meta.id);
    if (first !== undefined) problems.push(`index.json: entry ${i} repeats the id "${meta.id}" of entry ${first}`);
    else seen.set(meta.id, i);
    const loaded = loadArticle(dir, meta);
    if ('problem' in loaded) problems.push(loaded.problem);
  });
  if (problems.length) throw new CorpusError(problems);
  return index;
}

/** Reads one article of a checked corpus; a file changed since the check is reported like any other problem. */
export function readArticle(dir: string, meta: ArticleMeta): Article {
  const loaded = loadArticle(dir, meta);
  if ('problem' in loaded) throw new CorpusError([loaded.problem]);
  return loaded;
}

/** Reads index.json and every article it lists, or throws a CorpusError naming each bad file and its problem. */
export function readCorpus(dir: string): Article[] {
  return checkCorpus(dir).map((meta) => readArticle(dir, meta));
}
