import { normalizeTerm } from '../text/normalize';
import type { Token } from '../text/tokenize';
import { hasArticle, isPrepositional, nounReadings, type Reading } from '../text/morphology';
import { COUNTRY_LEXICON } from './lexicon/countries';
import { LEADER_LEXICON } from './lexicon/leaders';
import { worldLexicon } from './lexicon/world';
import { BoundedCache } from '../text/bounded-cache';

export type MentionKind = 'name' | 'demonym' | 'seat' | 'leader';

export interface Mention {
  iso3: string;
  kind: MentionKind;
  /** Token range [tokenStart, tokenEnd) in the token list the mention was found in. */
  tokenStart: number;
  tokenEnd: number;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** The first word carried a prepositional clitic (بـ، لـ، كـ): the country is an object, not a speaker. */
  prepositional: boolean;
  /** Proclitics in front of the first word (و، بال، لل…), so a quoted name can leave them out. */
  clitic: string;
  conflictParty: boolean;
  /** A demonym naming the people with the article ("الكنديون"، "الألمان"), which can stand as a subject. */
  people?: boolean;
  /** The place of a dateline ("مدريد (رويترز) -"): where the report was filed, not who acts in it. */
  dateline?: boolean;
}

interface Entry {
  iso3: string;
  kind: Exclude<MentionKind, 'demonym'>;
  rest: string[];
  from?: string;
  to?: string;
  conflictParty: boolean;
}

/** Demonym endings on a stem: masculine, feminine, plurals and duals (بريطاني، بريطانية، بريطانيين، بريطانيون). */
const DEMONYM_SUFFIXES = ['يين', 'يون', 'يان', 'يتين', 'يتان', 'يات', 'يه', 'ي'];

interface CompiledLexicon {
  byFirst: Map<string, Entry[]>;
  demonyms: Map<string, { iso3: string; conflictParty: boolean }>;
  /** Whole-word demonyms (broken plurals), keyed without the article. */
  demonymWords: Map<string, { iso3: string; conflictParty: boolean }>;
}

function termWords(term: string): string[] {
  const words = normalizeTerm(term).split(' ');
  // The article is a clitic: keys keep the bare word so that وال/بال/لل forms match too.
  if (term.startsWith('ال') && words[0]!.length > 3) words[0] = words[0]!.slice(2);
  return words;
}

function compile(): CompiledLexicon {
  const byFirst = new Map<string, Entry[]>();
  const demonyms = new Map<string, { iso3: string; conflictParty: boolean }>();
  const demonymWords = new Map<string, { iso3: string; conflictParty: boolean }>();
  const add = (term: string, entry: Omit<Entry, 'rest'>) => {
    const [first, ...rest] = termWords(term);
    const list = byFirst.get(first!) ?? [];
    list.push({ ...entry, rest });
    list.sort((a, b) => b.rest.length - a.rest.length);
    byFirst.set(first!, list);
  };
  const lexemes = [...COUNTRY_LEXICON, ...worldLexicon(new Set(COUNTRY_LEXICON.map((c) => c.iso3)))];
  for (const c of lexemes) {
    const conflictParty = c.conflictParty ?? false;
    for (const n of c.names) add(n, { iso3: c.iso3, kind: 'name', conflictParty });
    for (const s of c.seats ?? []) add(s, { iso3: c.iso3, kind: 'seat', conflictParty });
    for (const d of c.demonymStems ?? [])
      if (!demonyms.has(normalizeTerm(d))) demonyms.set(normalizeTerm(d), { iso3: c.iso3, conflictParty });
    for (const w of c.demonymWords ?? []) demonymWords.set(termWords(w)[0]!, { iso3: c.iso3, conflictParty });
  }
  for (const l of LEADER_LEXICON) {
    const conflictParty = COUNTRY_LEXICON.find((c) => c.iso3 === l.iso3)?.conflictParty ?? false;
    for (const n of l.names) add(n, { iso3: l.iso3, kind: 'leader', from: l.from, to: l.to, conflictParty });
  }
  return { byFirst, demonyms, demonymWords };
}

let compiled: CompiledLexicon | null = null;
function lexicon(): CompiledLexicon {
  compiled ??= compile();
  return compiled;
}

/** The proclitics in front of a name, without the article (which belongs to the name's spelling). */
const clitic = (prefix: string): string => prefix.replace(/ال$/, '').replace(/لل$/, 'ل');

function inOffice(entry: Entry, date: string): boolean {
  if (entry.from && date < entry.from) return false;
  if (entry.to && date > entry.to) return false;
  return true;
}

function matchDemonym(word: string): { iso3: string; conflictParty: boolean } | null {
  const { demonyms, demonymWords } = lexicon();
  const whole = demonymWords.get(word);
  if (whole) return whole;
  for (const suffix of DEMONYM_SUFFIXES) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const hit = demonyms.get(word.slice(0, -suffix.length));
      if (hit) return hit;
    }
  }
  return null;
}

interface Candidate {
  reading: Reading;
  entries: readonly Entry[];
  demonym: { iso3: string; conflictParty: boolean } | null;
}

/** What a word may start: the lexicon entries and the demonym each of its readings finds (computed once a word). */
function candidatesOf(word: string): readonly Candidate[] {
  return CANDIDATES.get(word, findCandidates);
}
const CANDIDATES = new BoundedCache<readonly Candidate[]>(50_000);

function findCandidates(word: string): Candidate[] {
  const { byFirst } = lexicon();
  const out: Candidate[] = [];
  for (const reading of nounReadings(word)) {
    const entries = byFirst.get(reading.stem) ?? [];
    const demonym = matchDemonym(reading.stem);
    if (entries.length || demonym) out.push({ reading, entries, demonym });
  }
  return out;
}

/** Geographic nouns whose following country name names a place ("بحر اليابان"), not the state. */
const PLACE_HEADS: ReadonlySet<string> = new Set(['بحر', 'بحري', 'وبحر', 'ببحر', 'خليج', 'وخليج', 'مضيق', 'ومضيق']);

/**
 * Finds every country mention in a token list: names and variants, demonyms, seats of government and office
 * holders (only during their term, judged at `date`). Longest match wins; mentions never overlap.
 */
export function recognizeCountries(tokens: readonly Token[], date: string): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let found: Mention | null = null;
    const candidates = candidatesOf(token.text);
    if (!candidates.length) continue;
    for (const { reading, entries, demonym } of candidates) {
      for (const entry of entries) {
        if (entry.kind === 'leader' && !inOffice(entry, date)) continue;
        const fits = entry.rest.every((w, k) => {
          const next = tokens[i + 1 + k];
          return next !== undefined && (next.text === w || next.text === 'ال' + w);
        });
        if (!fits) continue;
        const end = i + 1 + entry.rest.length;
        if (!found || end > found.tokenEnd) {
          found = {
            iso3: entry.iso3,
            kind: entry.kind,
            tokenStart: i,
            tokenEnd: end,
            start: token.start,
            end: tokens[end - 1]!.end,
            prepositional: isPrepositional(reading.prefix),
            clitic: clitic(reading.prefix),
            conflictParty: entry.conflictParty,
          };
        }
      }
      if (!found) {
        if (demonym) {
          const people =
            hasArticle(reading.prefix) &&
            (/(?:يون|يين)$/.test(reading.stem) || lexicon().demonymWords.has(reading.stem));
          found = {
            iso3: demonym.iso3,
            kind: 'demonym',
            tokenStart: i,
            tokenEnd: i + 1,
            start: token.start,
            end: token.end,
            prepositional: isPrepositional(reading.prefix),
            clitic: clitic(reading.prefix),
            conflictParty: demonym.conflictParty,
            ...(people ? { people } : {}),
          };
        }
      }
    }
    // "بحر الصين الجنوبي"، "خليج المكسيك"، "مضيق تايوان": a sea or a strait named after a country is a place.
    if (found && found.kind === 'name' && PLACE_HEADS.has(tokens[i - 1]?.text ?? '')) found = null;
    if (found) {
      mentions.push(found);
      i = found.tokenEnd - 1;
    }
  }
  return mentions;
}
