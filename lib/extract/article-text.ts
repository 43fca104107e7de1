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

/**
 * The tokens and mentions of each sentence in turn, re-indexed from 0. Sentences come in text order, so both
 * lists are walked once for the whole article rather than searched from the start for every sentence.
 */
export function sentenceViews(article: ArticleText, mentions: Mention[]): (sentence: Sentence) => SentenceView {
  const { origin } = article.norm;
  const { tokens } = article;
  let tokenAt = 0;
  let mentionAt = 0;
  return (sentence) => {
    while (tokenAt < tokens.length && origin[tokens[tokenAt]!.start]! < sentence.start) tokenAt++;
    const from = tokenAt;
    let to = from;
    while (to < tokens.length && origin[tokens[to]!.start]! < sentence.end) to++;
    while (mentionAt < mentions.length && mentions[mentionAt]!.tokenStart < from) mentionAt++;
    const local: Mention[] = [];
    for (let k = mentionAt; k < mentions.length && mentions[k]!.tokenStart < to; k++) {
      const m = mentions[k]!;
      if (m.tokenEnd <= to) local.push({ ...m, tokenStart: m.tokenStart - from, tokenEnd: m.tokenEnd - from });
    }
    tokenAt = to;
    const own = tokens.slice(from, to);
    return { tokens: own, words: own.map((t) => t.text), mentions: local, text: article.norm.text };
  };
}
