/**
 * The one module that knows Arabic word structure: which clitics a word may carry in front (conjunctions,
 * prepositions, the article, the future and purpose particles), which endings behind (pronouns, plural and dual
 * endings, the accusative alif), and how a ta marbuta turns into ت before a pronoun (مشاركة -> مشاركتها).
 * Everything here works on normalised text (see normalize.ts: ة is ه, ى is ي, hamza seats are bare).
 */
import { BoundedCache } from './bounded-cache';

/** The part of speech a lexicon entry is, which decides the clitics and endings it may carry. */
export type PartOfSpeech = 'noun' | 'adj' | 'verb' | 'particle';

/** One way to read a word: what was taken off the front, the stem, and what was taken off the back. */
export interface Reading {
  prefix: string;
  stem: string;
  suffix: string;
}

const CONJ = ['', 'و', 'ف'];
const NOUN_PREFIXES = new Set(CONJ.flatMap((c) => ['', 'ب', 'ل', 'ك', 'ال', 'بال', 'كال', 'لل'].map((p) => c + p)));
const VERB_PREFIXES = new Set(CONJ.flatMap((c) => ['', 'س', 'ل'].map((p) => c + p)));
const PARTICLE_PREFIXES = new Set(CONJ);

const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا', 'ي'];
const NOUN_SUFFIXES = new Set([
  '',
  ...PRONOUNS,
  'ات',
  'ون',
  'ين',
  'ان',
  'تان',
  'تين',
  'ا',
  'اتها',
  'اته',
  'اتهم',
  'يه',
  'يا',
  'يين',
  'يون',
]);
const ADJ_SUFFIXES = new Set([
  '',
  'ه',
  'ون',
  'ين',
  'ان',
  'تان',
  'تين',
  'ات',
  'ا',
  'ي',
  'يه',
  'يا',
  'يين',
  'يون',
  'يان',
  'يتين',
  'يتان',
]);
const VERB_ENDINGS = ['', 'ون', 'وا', 'ان', 'ا', 'ن', 'ت', 'تا', 'نا', 'تم', 'ين'];
const OBJECT_PRONOUNS = ['', 'ه', 'ها', 'هم', 'هما', 'نا', 'ك', 'كم', 'ني'];
const VERB_SUFFIXES = new Set(VERB_ENDINGS.flatMap((e) => OBJECT_PRONOUNS.map((o) => e + o)));
const PARTICLE_SUFFIXES = new Set(['', ...PRONOUNS]);

const PREFIXES: Record<PartOfSpeech, ReadonlySet<string>> = {
  noun: NOUN_PREFIXES,
  adj: NOUN_PREFIXES,
  verb: VERB_PREFIXES,
  particle: PARTICLE_PREFIXES,
};
const SUFFIXES: Record<PartOfSpeech, ReadonlySet<string>> = {
  noun: NOUN_SUFFIXES,
  adj: ADJ_SUFFIXES,
  verb: VERB_SUFFIXES,
  particle: PARTICLE_SUFFIXES,
};

const ALL_PREFIXES = [...new Set([...NOUN_PREFIXES, ...VERB_PREFIXES])].sort((a, b) => b.length - a.length);
const ALL_SUFFIXES = [...new Set([...NOUN_SUFFIXES, ...ADJ_SUFFIXES, ...VERB_SUFFIXES])].sort(
  (a, b) => b.length - a.length,
);
/** Endings after which a stem's final ت may be a ta marbuta: a pronoun or a dual. */
const TA_BEFORE = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا', 'ي', 'ان', 'ين', 'اه']);

const MIN_STEM = 2;

/**
 * Every split of a word into prefix + stem + suffix that any part of speech allows, with the ta marbuta
 * restored where a pronoun follows it (مشاركتها -> مشاركه + ها) and before the plural ات (مشاركات -> مشاركه).
 */
export function readings(word: string): readonly Reading[] {
  return READINGS.get(word, splitWord);
}

/** Readings are asked for the same words again and again: news repeats its vocabulary. */
const READINGS_LIMIT = 50_000;
const READINGS = new BoundedCache<readonly Reading[]>(READINGS_LIMIT);

function splitWord(word: string): Reading[] {
  const out: Reading[] = [];
  for (const prefix of ALL_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    for (const suffix of ALL_SUFFIXES) {
      if (!word.endsWith(suffix) || prefix.length + suffix.length > word.length - MIN_STEM) continue;
      const stem = word.slice(prefix.length, word.length - suffix.length);
      out.push({ prefix, stem, suffix });
      if (stem.endsWith('ت') && TA_BEFORE.has(suffix)) out.push({ prefix, stem: `${stem.slice(0, -1)}ه`, suffix });
      if (suffix.startsWith('ات')) out.push({ prefix, stem: `${stem}ه`, suffix });
    }
  }
  return out;
}

/** Whether a part of speech may carry this prefix and suffix. */
export function allows(pos: PartOfSpeech, reading: Reading): boolean {
  return PREFIXES[pos].has(reading.prefix) && SUFFIXES[pos].has(reading.suffix);
}

/** A lexicon keyed by normalised stems, looked up through the morphology. */
export interface StemEntry {
  pos: PartOfSpeech;
}

/** Entries of `lexicon` that the word is a form of, each with the reading that found it. */
export function lookup<E extends StemEntry>(
  lexicon: ReadonlyMap<string, readonly E[]>,
  word: string,
): { entry: E; reading: Reading }[] {
  const found: { entry: E; reading: Reading }[] = [];
  for (const reading of readings(word)) {
    for (const entry of lexicon.get(reading.stem) ?? []) {
      if (allows(entry.pos, reading) && !found.some((f) => f.entry === entry)) found.push({ entry, reading });
    }
  }
  return found;
}

/** The prefix carries a preposition (ب، ل، ك, or لل): the word is governed, an object rather than a subject. */
export const isPrepositional = (prefix: string): boolean => /^[وف]?(?:[بلك]|لل)/.test(prefix);

/** The prefix is or ends in the article (ال، وال، بال، لل). */
export const hasArticle = (prefix: string): boolean => /(?:ال|لل)$/.test(prefix);

/** A word without a leading conjunction و or ف, when what is left is still a word. */
export const withoutConjunction = (word: string): string =>
  word.length > 2 && /^[وف]/.test(word) ? word.slice(1) : word;

/**
 * Noun readings only (no verb endings): used to find names, whose keys are bare stems. The article is part of the
 * prefix, so "والمملكة" reads as و + ال + مملكه.
 */
export function nounReadings(word: string): readonly Reading[] {
  return NOUN_READINGS.get(word, splitNoun);
}
const NOUN_READINGS = new BoundedCache<readonly Reading[]>(READINGS_LIMIT);

function splitNoun(word: string): Reading[] {
  const out: Reading[] = [];
  for (const prefix of ALL_PREFIXES) {
    if (!NOUN_PREFIXES.has(prefix) || !word.startsWith(prefix) || word.length - prefix.length < MIN_STEM) continue;
    out.push({ prefix, stem: word.slice(prefix.length), suffix: '' });
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (set: Iterable<string>): string =>
  `(?:${[...set]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})?`;

/**
 * A regular expression source matching a noun or adjective in running normalised text with any clitics and
 * endings it may carry, its ta marbuta read as ت before an ending (أولوية -> أولويتها). For scanning whole
 * clauses with one expression rather than word by word.
 */
export function nounPatternSource(stem: string): string {
  const bare = stem.replace(/^ال(?=\S{3})/, '');
  const core = bare.endsWith('ه')
    ? `${escape(bare.slice(0, -1))}(?:ه|ت(?=${[...PRONOUNS, 'ان', 'ين'].join('|')}))`
    : escape(bare);
  return `${alternation(NOUN_PREFIXES)}${core}${alternation(new Set([...NOUN_SUFFIXES, ...ADJ_SUFFIXES]))}`;
}
