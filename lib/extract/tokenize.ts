/** A word of normalised text; start/end index the normalised string. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}%]+(?:[.,][0-9]+)*/gu;

export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalized.matchAll(WORD)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Proclitics that attach to an Arabic word: conjunctions, prepositions and the article, longest first. */
const PROCLITICS = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];
const PREPOSITIONAL = new Set(['ب', 'ل', 'ك', 'بال', 'لل', 'كال', 'وب', 'ول', 'فب', 'فل', 'وبال', 'ولل', 'فبال', 'فلل', 'وكال', 'وك']);

export interface Stem {
  stem: string;
  /** The clitic removed from the front of the word ('' when none). */
  clitic: string;
  /** True when the removed clitic contains a preposition (ب، ل، ك), which marks the word as an object. */
  prepositional: boolean;
}

/**
 * Every reading of a word with its proclitics removed: the word itself, without a leading conjunction or
 * preposition, and without the article. The caller looks each reading up in its lexicon.
 */
export function stems(word: string): Stem[] {
  const out: Stem[] = [{ stem: word, clitic: '', prepositional: false }];
  for (const p of PROCLITICS) {
    if (word.length - p.length >= 2 && word.startsWith(p)) {
      const rest = word.slice(p.length);
      const prepositional = PREPOSITIONAL.has(p);
      out.push({ stem: rest, clitic: p, prepositional });
      // "لل" and "بال" already removed the article; others may still carry it.
      if (rest.startsWith('ال') && rest.length > 3) out.push({ stem: rest.slice(2), clitic: p + 'ال', prepositional });
    }
  }
  if (word.startsWith('ال') && word.length > 3) out.push({ stem: word.slice(2), clitic: 'ال', prepositional: false });
  return out;
}
