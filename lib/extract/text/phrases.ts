import { normalizeTerm } from './normalize';

/**
 * Multi-word markers ("في حال"، "ما لم"، "على الأرض") matched word by word over normalised tokens. The first
 * word may carry a conjunction or a preposition in front (وفي حال، بعد أن → وبعد أن); a word with the article
 * also matches after ل (للأرض) or ب (بالأرض).
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = normalizeTerm(phrase).split(' ');
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(words[0]!, list);
    }
  }

  /** Length in words of the longest phrase starting at token `i`, or 0. */
  at(words: readonly string[], i: number): number {
    const first = words[i];
    if (first === undefined) return 0;
    for (const key of keysOf(first)) {
      for (const phrase of this.byFirst.get(key) ?? []) {
        if (phrase.every((w, k) => k === 0 || wordIs(words[i + k], w))) return phrase.length;
      }
    }
    return 0;
  }

  /** Index of the first token in [from, to) where a phrase starts, or -1. */
  find(words: readonly string[], from = 0, to = words.length): number {
    for (let i = from; i < to; i++) if (this.at(words, i) > 0) return i;
    return -1;
  }
}

const LEADING = /^(?:و|ف)?(?:ب|ل|ك)?/;

/** The word itself and the word with a leading conjunction or preposition taken off. */
function keysOf(word: string): string[] {
  const bare = word.replace(LEADING, '');
  const keys = [word];
  if (bare !== word && bare.length >= 2) keys.push(bare);
  if (/^[وف]?لل/.test(word)) keys.push(`ال${word.replace(/^[وف]?لل/, '')}`);
  if (/^[وف]?(?:ب|ك)ال/.test(word)) keys.push(word.replace(/^[وف]?(?:ب|ك)/, ''));
  return keys;
}

function wordIs(token: string | undefined, word: string): boolean {
  if (token === undefined) return false;
  if (token === word) return true;
  if (word.startsWith('ال')) return token === `ل${word.slice(1)}` || token === `ب${word}` || token === `و${word}`;
  return false;
}
