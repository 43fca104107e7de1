import { normalizeTerm } from '../text/normalize';
import { allows, readings } from '../text/morphology';
import { CLASS_BIT, STANCE_CLASSES, type StanceClass } from './vocabulary';

/**
 * A small pattern language over the words of a clause, so that stance rules are data:
 *
 *   `@refuse …4 @send|@join …3 @troops|@force`
 *
 * - `@class` is a word of that class (stance/vocabulary.ts); a bare word is that word with any clitics and endings,
 *   `=word` that word with at most a conjunction;
 *   `a|b` is either. A `!` in front negates one element: any one word that is not it.
 * - Flags after an element narrow it: `+neg` / `-neg` inside or outside a negation's scope, `+hedge` / `-hedge`
 *   likewise for hedges, `+fut` a verb with the future prefix, `+pro` a word with a pronoun ending.
 * - `…` skips up to 3 words, `…N` up to N; the words of a country's name are skipped for free, so a subject between
 *   a verb and its object does not count ("عرضت المملكة المتحدة وفرنسا وضع القوات"). `?` makes an element optional.
 * - `^` before an element marks the cue: the word that decides the rule (the first element when none is marked).
 */
export interface WordFacts {
  words: readonly string[];
  classes: readonly ReadonlySet<StanceClass>[];
  /** Each word's classes as a mask, two 32-bit words a word (vocabulary.ts CLASS_BIT). */
  bits: Uint32Array;
  future: readonly boolean[];
  negatedBy: Int32Array;
  hedgedBy: Int32Array;
  /** The word is an act someone else is urged, persuaded or asked to do ("إقناع ترامب بتقديم الدعم"). */
  delegatedBy: Int32Array;
  /** The word is part of a country's name: gaps skip names for free ("عرضت المملكة المتحدة وفرنسا وضع القوات"). */
  mention: readonly boolean[];
}

type Test = (facts: WordFacts, i: number) => boolean;
/** A class mask: two 32-bit words. */
export type Mask = readonly [number, number];
interface Element { test: Test; optional: boolean; gap: number; cue: boolean; mask: Mask | null }
/**
 * `required`: the class mask of each element that must match and names only word classes; a clause whose words have
 * none of one element's classes cannot match, which spares trying it word by word.
 */
export interface Pattern { source: string; elements: Element[]; required: Mask[] }
export interface PatternMatch { first: number; last: number; cue: number }

/** `=word`: that word itself, with at most a conjunction (not "الخارجية" for "خارج"). */
const exactTest = (word: string): Test => {
  const lit = normalizeTerm(word);
  return (facts, i) => facts.words[i] === lit || facts.words[i] === `و${lit}`;
};

const literalTest = (word: string): Test => {
  const lit = normalizeTerm(word);
  // Whether a word is a form of the literal, remembered: the same words come back in every clause.
  const seen = new Map<string, boolean>();
  return (facts, i) => {
    const w = facts.words[i]!;
    let hit = seen.get(w);
    if (hit === undefined) {
      hit = w === lit || readings(w).some((r) => r.stem === lit && (allows('noun', r) || allows('verb', r) || allows('particle', r)));
      if (seen.size >= 20_000) seen.clear();
      seen.set(w, hit);
    }
    return hit;
  };
};

/** The element's test narrowed by its flags; the common one-flag cases without a loop. */
function withFlags(base: Test, flags: readonly string[]): Test {
  if (!flags.length) return base;
  if (flags.length === 1 && flags[0] === '-neg') return (f, i) => f.negatedBy[i]! < 0 && base(f, i);
  if (flags.length === 1 && flags[0] === '+neg') return (f, i) => f.negatedBy[i]! >= 0 && base(f, i);
  const tests = flags.map(flagTest);
  return (f, i) => base(f, i) && tests.every((t) => t(f, i));
}

function flagTest(flag: string): Test {
  switch (flag) {
    case '+neg': return (f, i) => f.negatedBy[i]! >= 0;
    case '-neg': return (f, i) => f.negatedBy[i]! < 0;
    case '+hedge': return (f, i) => f.hedgedBy[i]! >= 0;
    case '-hedge': return (f, i) => f.hedgedBy[i]! < 0;
    case '+fut': return (f, i) => f.future[i]!;
    default: throw new Error(`unknown pattern flag "${flag}"`);
  }
}

function compileElement(source: string, gap: number): Element {
  let text = source;
  const cue = text.startsWith('^');
  if (cue) text = text.slice(1);
  const optional = text.endsWith('?');
  if (optional) text = text.slice(0, -1);
  const negated = text.startsWith('!');
  if (negated) text = text.slice(1);
  const flags = text.match(/[+-](?:neg|hedge|fut)/g) ?? [];
  const body = text.replace(/[+-](?:neg|hedge|fut)/g, '');
  if (/[+-]/.test(body)) throw new Error(`unknown pattern flag in "${source}"`);
  const names = body.split('|');
  const mask: [number, number] = [0, 0];
  const words: Test[] = [];
  for (const alt of names) {
    if (alt.startsWith('@')) {
      const cls = alt.slice(1) as StanceClass;
      const bit = CLASS_BIT.get(cls);
      if (!STANCE_CLASSES.has(cls) || !bit) throw new Error(`unknown word class "@${cls}" in "${source}"`);
      mask[bit.word] = (mask[bit.word]! | bit.bit) >>> 0;
    } else words.push(alt.startsWith('=') ? exactTest(alt.slice(1)) : literalTest(alt));
  }
  const [lo, hi] = mask;
  const base: Test = words.length
    ? (f, i) => (f.bits[2 * i]! & lo) !== 0 || (f.bits[2 * i + 1]! & hi) !== 0 || words.some((t) => t(f, i))
    : (f, i) => (f.bits[2 * i]! & lo) !== 0 || (f.bits[2 * i + 1]! & hi) !== 0;
  const test: Test = negated ? (f, i) => !base(f, i) : withFlags(base, flags);
  return { test, optional, gap, cue, mask: !negated && !words.length ? mask : null };
}

/** Compiles a pattern; throws on a malformed one (rules are checked when the module loads). */
export function compilePattern(source: string): Pattern {
  const elements: Element[] = [];
  let gap = 0;
  for (const part of source.trim().split(/\s+/)) {
    const gapMatch = /^(?:…|\.\.\.)(\d*)$/.exec(part);
    if (gapMatch) {
      gap = gapMatch[1] ? Number(gapMatch[1]) : 3;
      continue;
    }
    elements.push(compileElement(part, gap));
    gap = 0;
  }
  if (!elements.length) throw new Error(`empty pattern "${source}"`);
  return { source, elements, required: elements.filter((e) => !e.optional && e.mask).map((e) => e.mask!) };
}

/** Whether a pattern can match at all among words whose classes together are `present`. */
export function mayMatch(pattern: Pattern, present: Mask): boolean {
  return pattern.required.every(([lo, hi]) => (present[0] & lo) !== 0 || (present[1] & hi) !== 0);
}

/**
 * The first match of a pattern over the words at `positions` (token indices of a clause, in order), or null.
 * A gap skips positions, not words, so words left out of the clause (its condition zones) are never crossed into.
 */
export function matchPattern(pattern: Pattern, facts: WordFacts, positions: readonly number[]): PatternMatch | null {
  for (let p = 0; p < positions.length; p++) {
    const found = matchFrom(pattern.elements, facts, positions, 0, p, p, -1);
    if (found) return { first: positions[found.first]!, last: positions[found.last]!, cue: found.cue };
  }
  return null;
}

/** Elements from `e` on, matched from position `p`; `first` and `cue` are what the elements before found. */
function matchFrom(elements: readonly Element[], facts: WordFacts, positions: readonly number[], e: number, p: number, first: number, cue: number): PatternMatch | null {
  if (e === elements.length) return { first, last: p - 1, cue };
  const el = elements[e]!;
  const maxSkip = e === 0 ? 0 : el.gap;
  let free = 0;
  for (let skip = 0; skip <= maxSkip + free; skip++) {
    const at = p + skip;
    if (at >= positions.length) break;
    const token = positions[at]!;
    if (e > 0 && facts.mention[token] && !el.test(facts, token)) { free++; continue; }
    if (el.test(facts, token)) {
      const found = matchFrom(elements, facts, positions, e + 1, at + 1, e === 0 ? at : first, el.cue || (cue < 0 && e === 0) ? token : cue);
      if (found) return found;
    }
  }
  return el.optional ? matchFrom(elements, facts, positions, e + 1, p, first, cue) : null;
}
