import { toOriginalSpan, type NormalizedText } from './normalize';
import type { Sentence } from './segment';
import type { Token } from './tokenize';
import type { Mention } from '../recognize/countries';

/** A half-open range of token indices. */
export interface Span {
  from: number;
  to: number;
}

/** One sentence as the later stages read it: its tokens, their texts, and the countries named in it. */
export interface SentenceView {
  sentence: Sentence;
  tokens: readonly Token[];
  /** The tokens' normalised texts. */
  words: readonly string[];
  /** Mentions with token indices local to this sentence. */
  mentions: readonly Mention[];
  /** The normalised article text, to read the punctuation between tokens. */
  text: string;
}

/** The normalised text between token i-1 and token i: its punctuation ('' before the first token). */
export const gapBefore = (view: SentenceView, i: number): string => {
  const prev = view.tokens[i - 1];
  const cur = view.tokens[i];
  return prev && cur ? view.text.slice(prev.end, cur.start) : '';
};

/** True when a comma, semicolon or colon stands between token i-1 and token i. */
export const punctuatedBefore = (view: SentenceView, i: number): boolean => /[،,;؛:]/.test(gapBefore(view, i));

/** An article's original text with its normalised form and tokens; spans map back to the original. */
export class ArticleText {
  constructor(
    readonly original: string,
    readonly norm: NormalizedText,
    readonly tokens: readonly Token[],
  ) {}

  /** Original text covered by a token range of a sentence view, trimmed of surrounding punctuation. */
  slice(view: SentenceView, span: Span): { text: string; start: number; end: number } {
    const first = view.tokens[span.from];
    const last = view.tokens[Math.max(span.from, span.to - 1)];
    if (!first || !last || span.to <= span.from) return { text: '', start: 0, end: 0 };
    const { start, end } = toOriginalSpan(this.norm, first.start, last.end);
    return { text: this.original.slice(start, end), start, end };
  }
}

/**
 * The tokens and mentions of each sentence in turn, re-indexed from 0. Sentences come in text order, so both
 * lists are walked once for the whole article rather than searched from the start for every sentence.
 */
export function sentenceViews(
  article: ArticleText,
  mentions: readonly Mention[],
): (sentence: Sentence) => SentenceView {
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
    return { sentence, tokens: own, words: own.map((t) => t.text), mentions: local, text: article.norm.text };
  };
}
