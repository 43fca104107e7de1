import type { SentenceView } from './clauses';

/** A word without a leading conjunction و or ف (when what is left is still a word). */
export const bare = (word: string): string => (word.length > 2 && (word.startsWith('و') || word.startsWith('ف')) ? word.slice(1) : word);

/** Whether a cue set holds the word, with or without its leading conjunction. */
export const inSet = (set: Set<string>, word: string | undefined): boolean => word !== undefined && (set.has(word) || set.has(bare(word)));

/** The normalised text between token i-1 and token i: its punctuation. */
export const gapBefore = (view: SentenceView, i: number): string => {
  const prev = view.tokens[i - 1];
  const cur = view.tokens[i];
  return prev && cur ? view.text.slice(prev.end, cur.start) : '';
};
