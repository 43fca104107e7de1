import type { ArticleMeta } from '@/lib/schema/articles';
import type { ArticleText } from '../text/article-text';
import { readArticle, type ReadSentence } from '../pipeline';

export type { ReadSentence } from '../pipeline';

export const TEST_META: ArticleMeta = {
  id: 'test',
  file: 'test.txt',
  lang: 'ar',
  published: '2025-06-15',
  date_precision: 'day',
  source: 'test',
  date_basis: 'test',
};

/** What the stages up to stance make of each sentence of a text, for tests. */
export function readSentences(
  text: string,
  meta: ArticleMeta = TEST_META,
): { article: ArticleText; sentences: ReadSentence[] } {
  const { article, sentences } = readArticle(meta, text);
  return { article, sentences };
}
