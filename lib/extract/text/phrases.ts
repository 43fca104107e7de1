import { normalizeTerm } from './normalize';
import { BoundedCache } from './bounded-cache';

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
      const list = this.byFirst.get(key);
      if (!list) continue;
      for (const phrase of list) if (matchesAt(phrase, words, i)) return phrase.length;
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

/** The word itself and the word with a leading conjunction or preposition taken off (computed once a word). */
function keysOf(word: string): readonly string[] {
  return KEYS.get(word, computeKeys);
}
const KEYS = new BoundedCache<readonly string[]>(50_000);

function computeKeys(word: string): string[] {
  if (!/^[وفبلك]/.test(word)) return [word];
  const bare = word.replace(LEADING, '');
  const keys = [word];
  if (bare !== word && bare.length >= 2) keys.push(bare);
  // "فبعد أن"، "وبحسب": the conjunction alone off, when the next letter is a preposition that belongs to the word.
  if (/^[وف][بلك]/.test(word) && word.length > 3) keys.push(word.slice(1));
  if (/^[وف]?لل/.test(word)) keys.push(`ال${word.replace(/^[وف]?لل/, '')}`);
  if (/^[وف]?(?:ب|ك)ال/.test(word)) keys.push(word.replace(/^[وف]?(?:ب|ك)/, ''));
  return keys;
}

function matchesAt(phrase: readonly string[], words: readonly string[], i: number): boolean {
  for (let k = 1; k < phrase.length; k++) if (!wordIs(words[i + k], phrase[k]!)) return false;
  return true;
}

function wordIs(token: string | undefined, word: string): boolean {
  if (token === undefined) return false;
  if (token === word) return true;
  if (word.startsWith('ال')) return token === `ل${word.slice(1)}` || token === `ب${word}` || token === `و${word}`;
  return false;
}
