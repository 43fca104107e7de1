import { normalizeTerm } from './normalize';
import { lookup, type PartOfSpeech, type Reading } from './morphology';
import { BoundedCache } from './bounded-cache';

/**
 * A word-class table: for each class, its words by part of speech, space-separated, in ordinary spelling. The
 * morphology adds the clitics and endings each part of speech may carry, so a table lists "مشاركة" once and
 * matches "والمشاركة"، "مشاركتها"، "بمشاركة".
 */
export type ClassTable<C extends string> = Record<C, Partial<Record<PartOfSpeech, string>>>;

interface Entry<C extends string> {
  pos: PartOfSpeech;
  cls: C;
}

/** What a word is in a vocabulary: its classes, and whether a verb among them carried the future prefix س. */
export interface WordClasses<C extends string> {
  classes: ReadonlySet<C>;
  future: boolean;
  /** The reading of each class, for callers that need the clitics (a preposition in front, a pronoun behind). */
  readings: ReadonlyMap<C, Reading>;
  /** The classes as bits, in the order of the table, two 32-bit words (a table has at most 64 classes). */
  bits: readonly [number, number];
}

const EMPTY = new Set<never>();
const NO_BITS: readonly [number, number] = [0, 0];
const CACHE_LIMIT = 50_000;

export class Vocabulary<C extends string> {
  private readonly stems = new Map<string, Entry<C>[]>();
  private readonly cache = new BoundedCache<WordClasses<C>>(CACHE_LIMIT);
  private readonly excluded = new Set<string>();
  /** Each class's position in the table: its bit in `bits`. */
  readonly index: ReadonlyMap<C, number>;

  /**
   * `not` lists words that are not of a class whatever the morphology reads in them: "قادة" (leaders) normalises to
   * "قاده", which also reads as "قاد" + ه (led it).
   */
  constructor(table: ClassTable<C>, not: Partial<Record<C, string>> = {}) {
    this.index = new Map((Object.keys(table) as C[]).map((cls, i) => [cls, i]));
    if (this.index.size > 64) throw new Error('a vocabulary has at most 64 classes');
    for (const [cls, words] of Object.entries(not) as [C, string][]) {
      for (const word of words.split(/\s+/).filter(Boolean)) this.excluded.add(`${cls} ${normalizeTerm(word)}`);
    }
    for (const [cls, byPos] of Object.entries(table) as [C, Partial<Record<PartOfSpeech, string>>][]) {
      for (const [pos, words] of Object.entries(byPos) as [PartOfSpeech, string][]) {
        for (const word of words.split(/\s+/).filter(Boolean)) {
          const stem = normalizeTerm(word);
          const list = this.stems.get(stem) ?? [];
          if (!list.some((e) => e.cls === cls && e.pos === pos)) list.push({ pos, cls });
          this.stems.set(stem, list);
        }
      }
    }
  }

  /** The classes of a normalised word. Results are cached: news repeats its words. */
  classify(word: string): WordClasses<C> {
    return this.cache.get(word, this.read);
  }

  private readonly read = (word: string): WordClasses<C> => {
    const found = lookup(this.stems, word).filter((f) => !this.excluded.has(`${f.entry.cls} ${word}`));
    return found.length
      ? {
          classes: new Set(found.map((f) => f.entry.cls)),
          future: found.some((f) => f.entry.pos === 'verb' && f.reading.prefix.includes('س')),
          readings: new Map(found.map((f) => [f.entry.cls, f.reading])),
          bits: this.bitsOf(found.map((f) => f.entry.cls)),
        }
      : { classes: EMPTY, future: false, readings: new Map(), bits: NO_BITS };
  };

  bitsOf(classes: Iterable<C>): [number, number] {
    const bits: [number, number] = [0, 0];
    for (const cls of classes) {
      const i = this.index.get(cls)!;
      bits[i < 32 ? 0 : 1] = (bits[i < 32 ? 0 : 1] | (1 << (i % 32))) >>> 0;
    }
    return bits;
  }

  has(word: string, cls: C): boolean {
    return this.classify(word).classes.has(cls);
  }
}
