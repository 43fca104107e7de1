import { normalizeTerm } from '../text/normalize';
import { allows, readings } from '../text/morphology';
import { CLASS_BIT, STANCE_CLASSES, type StanceClass } from './vocabulary';
import { BoundedCache } from '../text/bounded-cache';

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
  /** The word is inside a country's name itself ("داونينغ ستريت"), not a title before it: no context word. */
  name: readonly boolean[];
  /** Which of the patterns' plain and exact words each word is (literalHits), read once a sentence. */
  lits: readonly LiteralHits[];
}

/** A word's hits among the literals known when they were read: bit k for literal k < n. */
export interface LiteralHits {
  n: number;
  bits: Uint32Array;
  /** Whether the word is any literal at all: most words are none, and need no look at their bits. */
  any: boolean;
}

/** Every plain (`word`) and exact (`=word`) word the patterns name, each with its test. */
const LITERALS: { key: string; test: (word: string) => boolean }[] = [];
const LITERAL_INDEX = new Map<string, number>();
const HITS = new BoundedCache<LiteralHits>(50_000);

function literalIndex(key: string, test: (word: string) => boolean): number {
  let k = LITERAL_INDEX.get(key);
  if (k === undefined) {
    k = LITERALS.length;
    LITERALS.push({ key, test });
    LITERAL_INDEX.set(key, k);
  }
  return k;
}

/** Which literals a word is, remembered: news repeats its words, and each is tested against every literal once. */
export function literalHits(word: string): LiteralHits {
  let hits = HITS.peek(word);
  // A literal compiled after the word was read (a pattern made in a test) is not in its hits yet.
  if (!hits || hits.n < LITERALS.length) {
    const bits = new Uint32Array(Math.max(1, Math.ceil(LITERALS.length / 32)));
    let any = false;
    LITERALS.forEach((l, k) => {
      if (!l.test(word)) return;
      bits[k >>> 5] = (bits[k >>> 5]! | (1 << (k & 31))) >>> 0;
      any = true;
    });
    hits = { n: LITERALS.length, bits, any };
    HITS.set(word, hits);
  }
  return hits;
}

const hasLiteral = (f: WordFacts, i: number, k: number): boolean => {
  const hits = f.lits[i]!;
  return k < hits.n ? ((hits.bits[k >>> 5]! >>> (k & 31)) & 1) === 1 : LITERALS[k]!.test(f.words[i]!);
};

type Test = (facts: WordFacts, i: number) => boolean;
/** A class mask: two 32-bit words. */
export type Mask = readonly [number, number];
/** What one element can match: word classes (a mask) and literals (indices). */
export interface Requirement {
  mask: Mask;
  lits: readonly number[];
}
interface Element {
  test: Test;
  optional: boolean;
  gap: number;
  cue: boolean;
  required: Requirement | null;
}
/**
 * `required`: what each element that must match can match; a clause whose words have none of one element's classes
 * or literals cannot match, which spares trying it word by word.
 */
export interface Pattern {
  source: string;
  elements: Element[];
  required: Requirement[];
}
export interface PatternMatch {
  first: number;
  last: number;
  cue: number;
}

/** `=word`: that word itself, with at most a conjunction (not "الخارجية" for "خارج"). */
const exactIndex = (word: string): number => {
  const lit = normalizeTerm(word);
  return literalIndex(`=${lit}`, (w) => w === lit || w === `و${lit}`);
};

/** A plain word: any form of it with clitics and endings. */
const literalIndexOf = (word: string): number => {
  const lit = normalizeTerm(word);
  return literalIndex(
    lit,
    (w) =>
      w === lit ||
      readings(w).some((r) => r.stem === lit && (allows('noun', r) || allows('verb', r) || allows('particle', r))),
  );
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
    case '+neg':
      return (f, i) => f.negatedBy[i]! >= 0;
    case '-neg':
      return (f, i) => f.negatedBy[i]! < 0;
    case '+hedge':
      return (f, i) => f.hedgedBy[i]! >= 0;
    case '-hedge':
      return (f, i) => f.hedgedBy[i]! < 0;
    case '+fut':
      return (f, i) => f.future[i]!;
    default:
      throw new Error(`unknown pattern flag "${flag}"`);
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
  const lits: number[] = [];
  for (const alt of names) {
    if (alt.startsWith('@')) {
      const cls = alt.slice(1) as StanceClass;
      const bit = CLASS_BIT.get(cls);
      if (!STANCE_CLASSES.has(cls) || !bit) throw new Error(`unknown word class "@${cls}" in "${source}"`);
      mask[bit.word] = (mask[bit.word]! | bit.bit) >>> 0;
    } else lits.push(alt.startsWith('=') ? exactIndex(alt.slice(1)) : literalIndexOf(alt));
  }
  const [lo, hi] = mask;
  const base: Test = lits.length
    ? (f, i) => (f.bits[2 * i]! & lo) !== 0 || (f.bits[2 * i + 1]! & hi) !== 0 || lits.some((k) => hasLiteral(f, i, k))
    : (f, i) => (f.bits[2 * i]! & lo) !== 0 || (f.bits[2 * i + 1]! & hi) !== 0;
  const test: Test = negated ? (f, i) => !base(f, i) : withFlags(base, flags);
  return { test, optional, gap, cue, required: negated ? null : { mask, lits } };
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
  return { source, elements, required: elements.filter((e) => !e.optional && e.required).map((e) => e.required!) };
}

/** The classes and literals of some words together (a clause's), for `mayMatch`. */
export interface Presence {
  mask: Mask;
  lits: Uint32Array;
}

export function presenceOf(facts: WordFacts, positions: readonly number[]): Presence {
  const mask: [number, number] = [0, 0];
  const lits = new Uint32Array(Math.max(1, Math.ceil(LITERALS.length / 32)));
  for (const i of positions) {
    mask[0] = (mask[0] | facts.bits[2 * i]!) >>> 0;
    mask[1] = (mask[1] | facts.bits[2 * i + 1]!) >>> 0;
    const hits = facts.lits[i]!;
    if (!hits.any) continue;
    for (let w = 0; w < hits.bits.length && w < lits.length; w++) lits[w] = (lits[w]! | hits.bits[w]!) >>> 0;
  }
  return { mask, lits };
}

/** Whether a pattern can match at all among words whose classes and literals together are `present`. */
export function mayMatch(pattern: Pattern, present: Presence): boolean {
  const [lo0, hi0] = present.mask;
  const found = present.lits;
  // Plain loops: this runs for every rule on every clause.
  for (let r = 0; r < pattern.required.length; r++) {
    const { mask, lits } = pattern.required[r]!;
    if ((lo0 & mask[0]) !== 0 || (hi0 & mask[1]) !== 0) continue;
    let hit = false;
    for (let j = 0; j < lits.length && !hit; j++) {
      const k = lits[j]!;
      // A literal added after the words were read is not in their hits: let the match decide.
      hit = k >>> 5 >= found.length || ((found[k >>> 5]! >>> (k & 31)) & 1) === 1;
    }
    if (!hit) return false;
  }
  return true;
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
function matchFrom(
  elements: readonly Element[],
  facts: WordFacts,
  positions: readonly number[],
  e: number,
  p: number,
  first: number,
  cue: number,
): PatternMatch | null {
  if (e === elements.length) return { first, last: p - 1, cue };
  const el = elements[e]!;
  const maxSkip = e === 0 ? 0 : el.gap;
  let free = 0;
  for (let skip = 0; skip <= maxSkip + free; skip++) {
    const at = p + skip;
    if (at >= positions.length) break;
    const token = positions[at]!;
    if (e > 0 && facts.mention[token] && !el.test(facts, token)) {
      free++;
      continue;
    }
    if (el.test(facts, token)) {
      const found = matchFrom(
        elements,
        facts,
        positions,
        e + 1,
        at + 1,
        e === 0 ? at : first,
        el.cue || (cue < 0 && e === 0) ? token : cue,
      );
      if (found) return found;
    }
  }
  return el.optional ? matchFrom(elements, facts, positions, e + 1, p, first, cue) : null;
}
