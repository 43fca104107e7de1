import { toOriginalSpan, type NormalizedText } from './normalize';
import type { Sentence } from './segment';
import type { Token } from './tokenize';
import type { Mention } from './recognize';
import type { SentenceView, Span } from './clauses';

/** An article's original text with its normalised form and tokens; spans map back to the original. */
export class ArticleText {
  constructor(readonly original: string, readonly norm: NormalizedText, readonly tokens: Token[]) {}

  /** Original text covered by a token range of a sentence view. */
  slice(view: SentenceView, span: Span): { text: string; start: number; end: number } {
    const first = view.tokens[span.from];
    const last = view.tokens[Math.max(span.from, span.to - 1)];
    if (!first || !last) return { text: '', start: 0, end: 0 };
    const { start, end } = toOriginalSpan(this.norm, first.start, last.end);
    return { text: this.original.slice(start, end), start, end };
  }
}

/** The tokens and mentions of one sentence, re-indexed from 0. */
export function sentenceView(article: ArticleText, sentence: Sentence, mentions: Mention[]): SentenceView {
  const { origin } = article.norm;
  const first = article.tokens.findIndex((t) => origin[t.start]! >= sentence.start);
  let last = first;
  while (last >= 0 && last < article.tokens.length && origin[article.tokens[last]!.start]! < sentence.end) last++;
  const from = first < 0 ? 0 : first;
  const tokens = first < 0 ? [] : article.tokens.slice(from, last);
  const local = mentions
    .filter((m) => m.tokenStart >= from && m.tokenEnd <= last)
    .map((m) => ({ ...m, tokenStart: m.tokenStart - from, tokenEnd: m.tokenEnd - from }));
  return { tokens, mentions: local, text: article.norm.text };
}
