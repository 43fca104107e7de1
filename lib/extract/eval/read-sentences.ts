import type { ArticleMeta } from '@/lib/schema/articles';
import { normalizeArabic } from '../text/normalize';
import { segmentSentences } from '../text/segment';
import { tokenize } from '../text/tokenize';
import { ArticleText, sentenceViews, type SentenceView } from '../text/article-text';
import { recognizeMentions } from '../recognize/recognize';
import { analyseSentence } from '../clauses/analyse';
import { EMPTY_DISCOURSE, type Clause } from '../clauses/types';
import { sentenceStances, wordFacts, type StanceSignal } from '../stance/classify';
import type { WordFacts } from '../stance/pattern';

/** What the stages up to stance make of each sentence of a text: for tests and the trace, not the pipeline. */
export interface ReadSentence { view: SentenceView; clauses: Clause[]; facts: WordFacts; signals: StanceSignal[] }

export const TEST_META: ArticleMeta = { id: 'test', file: 'test.txt', lang: 'ar', published: '2025-06-15', date_precision: 'day', source: 'test', date_basis: 'test' };

export function readSentences(text: string, meta: ArticleMeta = TEST_META): { article: ArticleText; sentences: ReadSentence[] } {
  const norm = normalizeArabic(text);
  const tokens = tokenize(norm.text);
  const article = new ArticleText(text, norm, tokens);
  const viewOf = sentenceViews(article, recognizeMentions(tokens, norm.text, meta.published));
  let discourse = EMPTY_DISCOURSE;
  const earlier: WordFacts[] = [];
  const sentences = segmentSentences(text).map((sentence) => {
    const view = viewOf(sentence);
    const analysed = analyseSentence(view, discourse);
    discourse = analysed.discourse;
    const facts = wordFacts(view, analysed.clauses);
    const signals = view.words.length ? sentenceStances(view, analysed.clauses, facts, earlier) : [];
    earlier.push(facts);
    return { view, clauses: analysed.clauses, facts, signals };
  });
  return { article, sentences };
}
