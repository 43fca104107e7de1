// Writes the 10,000-article corpus of the extraction benchmark to bench/out/synthetic-corpus/, one
// article at a time. Deterministic; run by `npm run bench`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '@/lib/schema/articles';
import { meanArticleBytes, realSentences } from '@/bench/lib/real-sentences';
import { CORPUS_SIZE, syntheticCorpus } from '@/bench/lib/synthetic-corpus';

export const SYNTHETIC_CORPUS = 'bench/out/synthetic-corpus';

export function writeSyntheticCorpus(count = CORPUS_SIZE): { articles: number; bytes: number } {
  rmSync(SYNTHETIC_CORPUS, { recursive: true, force: true });
  mkdirSync(SYNTHETIC_CORPUS, { recursive: true });
  const index: ArticleMeta[] = [];
  let bytes = 0;
  for (const article of syntheticCorpus(count, realSentences(), meanArticleBytes())) {
    const data = Buffer.from(article.text, 'utf8');
    writeFileSync(join(SYNTHETIC_CORPUS, article.meta.file), data);
    index.push(article.meta);
    bytes += data.length;
  }
  writeFileSync(join(SYNTHETIC_CORPUS, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  return { articles: index.length, bytes };
}

if (process.argv[1]?.endsWith('gen-synthetic-corpus.ts')) {
  const made = writeSyntheticCorpus();
  console.log(`wrote ${SYNTHETIC_CORPUS}: ${made.articles} articles, ${(made.bytes / 1048576).toFixed(1)} MB`);
}
