import { readCorpus } from '@/lib/extract/io/corpus';
import { segmentSentences } from '@/lib/extract/text/segment';

/** Every sentence of the shipped articles, in order: synthetic articles are made only of real text. */
export function realSentences(articlesDir = 'data/articles'): string[] {
  const sentences = readCorpus(articlesDir).flatMap((article) => segmentSentences(article.text).map((s) => s.text));
  if (sentences.length === 0) throw new Error(`${articlesDir}: no sentences to build synthetic articles from`);
  return sentences;
}

/** Mean article size of the shipped corpus in UTF-8 bytes, so synthetic articles look like real ones. */
export function meanArticleBytes(articlesDir = 'data/articles'): number {
  const articles = readCorpus(articlesDir);
  return articles.reduce((n, a) => n + a.bytes, 0) / articles.length;
}
