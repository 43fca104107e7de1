import type { Token } from './tokenize';
import type { Mention } from './recognize';
import { actorChains } from './actors';
import { bare, gapBefore, inSet } from './view-words';
import {
  ANAPHORS, CLAUSE_BREAKS, CLAUSE_BREAK_PHRASES, COMPLEMENTISERS, CONDITION_MARKERS, CONDITION_PHRASES, GROUP_NOUNS,
  REASON_MARKERS, SELF_COMPLEMENTISERS, SPEECH_VERBS, SUBJECT_KEEPING_BREAKS, WISH_VERBS,
} from './lexicon/cues';

/** A half-open range of token indices. */
export interface Span {
  from: number;
  to: number;
}

/**
 * One predicate of a sentence and who it is about. `core` is where stance words count; the condition and reason
 * zones hold the words that qualify it (and the countries named there hold no position of their own).
 */
export interface Clause {
  core: Span;
  condition: Span | null;
  reason: Span | null;
  actors: Mention[];
  /** How the actors were found, for confidence. */
  actorSource: 'subject' | 'speaker' | 'inherited' | 'anaphor' | 'none';
  /** The subject is a set of countries ("26 دولة"، "معظم البلدان") with no member named. */
  groupSubject: boolean;
  /** Every coordinated chain of countries in agent position, in text order; `actors` is one of them. */
  chains: Mention[][];
  /** For reported speech, who said it: a reason in words of their own ("هذه ليست حربنا") is theirs. */
  speaker?: Mention[];
}

/** The whole of a clause: its core and its condition and reason zones. */
export function clauseExtent(clause: Clause): Span {
  return { from: clause.core.from, to: Math.max(clause.core.to, clause.condition?.to ?? 0, clause.reason?.to ?? 0) };
}

export interface SentenceView {
  tokens: Token[];
  /** The tokens' texts, computed once per sentence. */
  words: string[];
  mentions: Mention[];
  /** The normalised article text, to read the punctuation between tokens. */
  text: string;
}

/** Multi-word cue phrases, split into words once. */
type Phrases = readonly (readonly string[])[];
const phrases = (list: string[]): Phrases => list.map((p) => p.split(' '));
const BREAK_PHRASES = phrases(CLAUSE_BREAK_PHRASES);
const IF_PHRASES = phrases(CONDITION_PHRASES);
const ANAPHOR_PHRASES = phrases(ANAPHORS);
const NO_PHRASES: Phrases = [];

const phraseAt = (view: SentenceView, i: number, split: Phrases): number => {
  for (const parts of split) {
    if (view.tokens[i]?.text === parts[0] && parts.every((w, k) => view.tokens[i + k]?.text === w)) return parts.length;
  }
  return 0;
};

/**
 * A clause span: `relative` for "X، الذي …،" (about X, or its own subject), `aside` for "X، رغم …،", `resume` for what follows them (the
 * matrix subject again), `coordinated` for "…، وستضع …" (the same subject unless another is named).
 */
export interface ClauseSpan extends Span {
  kind: 'plain' | 'relative' | 'aside' | 'resume' | 'coordinated';
}

const RELATIVE = /^(?:و)?(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)$/;
/** "اليابان، رغم غيابها، عرضت دعمها": a concession between commas, after which the subject goes on. */
const CONCESSIVE = /^(?:رغم|برغم|ورغم)$/;

/** Splits a sentence at contrast words, at ", و" that starts a new predicate, and around relative clauses. */
export function clauseSpans(view: SentenceView): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  const mentionStarts = new Set(view.mentions.map((m) => m.tokenStart));
  let from = 0;
  let kind: ClauseSpan['kind'] = 'plain';
  let relativeEnds = -1;
  const cut = (at: number, next: ClauseSpan['kind']) => {
    spans.push({ from, to: at, kind });
    from = at;
    kind = next;
  };
  for (let i = 1; i < view.tokens.length; i++) {
    const word = view.tokens[i]!.text;
    const comma = /[،,;؛]/.test(gapBefore(view, i));
    if (i === relativeEnds) {
      cut(i, 'resume');
      relativeEnds = -1;
      continue;
    }
    if (/[;؛]/.test(gapBefore(view, i)) && relativeEnds < 0) {
      cut(i, 'plain');
      continue;
    }
    if ((comma || RELATIVE.test(word)) && (RELATIVE.test(word) || CONCESSIVE.test(word)) && relativeEnds < 0) {
      cut(i, RELATIVE.test(word) ? 'relative' : 'aside');
      const close = view.tokens.findIndex((_, k) => k > i && /[،,;؛]/.test(gapBefore(view, k)));
      relativeEnds = close;
      continue;
    }
    if (CLAUSE_BREAKS.has(word) || CONCESSIVE.test(word) || phraseAt(view, i, BREAK_PHRASES) > 0) cut(i, 'plain');
    else if (comma && word.length > 2 && word.startsWith('و') && !mentionStarts.has(i) && relativeEnds < 0) cut(i, 'coordinated');
  }
  spans.push({ from, to: view.tokens.length, kind });
  return spans.filter((s) => s.to > s.from);
}

/** Where a qualifying zone opens inside [from, to): the first marker word or phrase. */
function zoneStart(view: SentenceView, span: Span, words: Set<string>, multiWord: Phrases, accept?: (i: number) => boolean): number | null {
  for (let i = span.from; i < span.to; i++) {
    if ((inSet(words, view.tokens[i]!.text) || phraseAt(view, i, multiWord) > 0) && (!accept || accept(i))) return i;
  }
  return null;
}

/** "إلا" is "unless/except" ("لن ترسل قوات إلا بتفويض"), but "إلا أن" is "however", a clause break. */
const exceptNotHowever = (view: SentenceView) => (i: number): boolean =>
  view.tokens[i]!.text !== 'الا' || view.tokens[i + 1]?.text !== 'ان';

/** "لأن" is "because" before a noun but "to" before a verb ("لأن تكون جزءا"). */
const becauseNotPurpose = (view: SentenceView) => (i: number): boolean =>
  view.tokens[i]!.text !== 'لان' || !/^[يتن]\S{2,4}$/.test(view.tokens[i + 1]?.text ?? '');

function startsWithGroup(view: SentenceView, span: Span): boolean {
  for (let i = span.from; i < Math.min(span.to, span.from + 4); i++) {
    const word = view.tokens[i]!.text;
    const isGroup = (w: string | undefined) => w !== undefined && (inSet(GROUP_NOUNS, w) || inSet(GROUP_NOUNS, `ال${bare(w)}`));
    // "26 دولة"، "أكثر من 10 دول"، "معظم الحلفاء": a count is a group only when a group noun follows it.
    if (/^\d+$/.test(word) ? isGroup(view.tokens[i + 1]?.text) || (view.tokens[i + 1]?.text === 'من' && isGroup(view.tokens[i + 2]?.text)) : isGroup(word)) return true;
  }
  return false;
}

function makeClause(view: SentenceView, span: Span, actors: Mention[], source: Clause['actorSource']): Clause {
  const cond = zoneStart(view, span, CONDITION_MARKERS, IF_PHRASES, exceptNotHowever(view));
  const reason = zoneStart(view, span, REASON_MARKERS, NO_PHRASES, becauseNotPurpose(view));
  const coreEnd = Math.min(cond ?? span.to, reason ?? span.to);
  return {
    core: { from: span.from, to: coreEnd },
    condition: cond !== null ? { from: cond, to: reason !== null && reason > cond ? reason : span.to } : null,
    reason: reason !== null ? { from: reason, to: cond !== null && cond > reason ? cond : span.to } : null,
    actors,
    actorSource: actors.length ? source : 'none',
    groupSubject: false,
    chains: actors.length ? [actors] : [],
  };
}

/**
 * Finds reported speech: a speech verb, then إن/أن or a colon or quote that opens the content. A verb of wishing
 * opens content too, but that content states no one's position (`wish`).
 */
function speechSplit(view: SentenceView, span: Span): { verb: number; content: number; self: boolean; wish: boolean; quoted: boolean } | null {
  for (let v = span.from; v < span.to; v++) {
    // "ليؤكد أن…": a speech verb may carry the particle ل.
    const verb = view.tokens[v]!.text.replace(/^ل(?=[يتا])/, '');
    const wish = inSet(WISH_VERBS, verb);
    if (!wish && !inSet(SPEECH_VERBS, verb)) continue;
    for (let c = v + 1; c < Math.min(span.to, v + SPEECH_WINDOW); c++) {
      const word = view.tokens[c]!.text;
      if (COMPLEMENTISERS.has(word)) return { verb: v, content: c + 1, self: SELF_COMPLEMENTISERS.has(word), wish, quoted: false };
      const gap = gapBefore(view, c);
      if (!wish && (gap.includes(':') || (gap.includes('"') && c === v + 1))) return { verb: v, content: c, self: false, wish, quoted: true };
    }
  }
  return null;
}

/** `self`: the content's subject is the speaker (a pronominal complementiser, or a direct quote in the first person). */
/** How far after its verb reported speech may open: the speaker's name, title and a relative clause fit. */
const SPEECH_WINDOW = 32;

interface Part { span: Span; role: 'speaker' | 'content' | 'plain' | 'wish'; self: boolean; pronominal: boolean }

/** Peels nested reported speech ("قال مكتبه إن رئيس الوزراء شدد على أن المجموعة …") into speaker and content parts. */
function speechParts(view: SentenceView, span: Span): Part[] {
  const parts: Part[] = [];
  let rest = span;
  let self = false;
  let pronominal = false;
  let role: Part['role'] = 'plain';
  // "ماكغينتي: «كلا البلدين يحضران…»"، "بيفكور: «سنرسل سرية مشاة»": a name and a colon open its words.
  const opener = view.mentions.find((m) => m.tokenStart === span.from && m.kind !== 'demonym');
  if (opener && opener.tokenEnd < span.to && gapBefore(view, opener.tokenEnd).includes(':')) {
    parts.push({ span: { from: span.from, to: opener.tokenEnd }, role: 'speaker', self: false, pronominal: false });
    rest = { from: opener.tokenEnd, to: span.to };
    self = true;
    role = 'content';
  }
  for (let depth = 0; depth < 4; depth++) {
    const speech = speechSplit(view, rest);
    if (!speech || speech.content >= rest.to) break;
    parts.push({ span: { from: rest.from, to: speech.content }, role: 'speaker', self: false, pronominal: false });
    rest = { from: speech.content, to: rest.to };
    self = speech.self || speech.quoted;
    pronominal = speech.self;
    // "ولم تقل أي منهما إنها سترسل جنودا": what a country did not say is not its position.
    // "ونفت الحكومة أنها قررت إرسال قوات": a denial reports no position either.
    const denied = /^(?:[وف])?(?:نفي|نفت|ينفي|تنفي|نفوا)$/.test(view.tokens[speech.verb]!.text)
      || [view.tokens[speech.verb - 1]?.text, view.tokens[speech.verb - 2]?.text].some((w) => w !== undefined && /^(?:[وف])?(?:لم|لا|لن)$/.test(w));
    role = speech.wish || denied ? 'wish' : 'content';
    if (role === 'wish') break;
  }
  parts.push({ span: rest, role, self, pronominal });
  return parts;
}

/**
 * Breaks a sentence into clauses and decides whose each one is: its own subject; "these countries" of the previous
 * sentence; nobody when the subject is a set of countries with no member named ("26 دولة"); the speaker when
 * reported speech says "he/she/they/we"; the subject of the previous clause ("لكنها لم تلتزم").
 */
export function analyseClauses(view: SentenceView, previousActors: Mention[]): Clause[] {
  const clauses: Clause[] = [];
  let lastActors: Mention[] = [];
  let matrixActors: Mention[] = [];
  for (const span of clauseSpans(view)) {
    let speaker: Mention[] = [];
    // A relative clause is about its antecedent ("السعودية، التي استضافت …"); the matrix subject waits for it.
    if (span.kind === 'relative' || span.kind === 'aside') matrixActors = lastActors;
    const antecedent = span.kind === 'relative' ? view.mentions.filter((m) => m.tokenEnd === span.from || m.tokenEnd === span.from - 1).slice(-1) : [];
    const carried = span.kind === 'resume' ? matrixActors : span.kind === 'coordinated' || span.kind === 'relative' ? (span.kind === 'relative' ? antecedent : lastActors) : [];
    for (const part of speechParts(view, span)) {
      const probe = makeClause(view, part.span, [], 'none');
      const zones = [probe.condition, probe.reason].filter((z): z is Span => z !== null);
      const chains = actorChains(view, part.span, zones);
      let clause: Clause;
      const first = view.tokens[part.span.from]!.text;
      // "لكنها لم تلتزم"، "…، وإنها ستبحث المشاركة": the clause goes on about the subject of the one before.
      const keeps = SUBJECT_KEEPING_BREAKS.has(first) || CONTINUING_SPEECH.test(first)
        || (/^(?:غير|الا)$/.test(first) && CONTRAST_PRONOUN.test(view.tokens[part.span.from + 1]?.text ?? ''));
      // "… لكنها ستكون المركز اللوجستي": a sentence that opens with it goes on about the previous sentence's subject.
      if (keeps && !lastActors.length && clauses.length === 0) lastActors = previousActors;
      const keepsSubject = keeps && lastActors.length > 0;
      const ordinal = clauses.length === 0 ? ordinalReference(view, part.span, previousActors) : null;
      // "نحن دولة صغيرة، لكننا لا نستبعد…": a sentence in the first person goes on with the speaker before it.
      const firstPerson = clauses.length === 0 && FIRST_PERSON.test(first) && !chains.length ? previousActors : [];
      const withActors = (actors: Mention[], source: Clause['actorSource']): Clause => ({ ...probe, actors, actorSource: source, chains: [actors] });
      if (part.role === 'wish') clause = probe;
      else if (keepsSubject) clause = withActors(lastActors, 'inherited');
      else if (ordinal) clause = withActors([ordinal], 'anaphor');
      else if (firstPerson.length) clause = withActors(firstPerson, 'anaphor');
      // "أعلنت اليابان أنها ستساهم …"، "قال إن بلاده ستتولى تدريب الجنود الأوكرانيين": the speaker is the subject,
      // whoever is named after.
      else if (part.role === 'content' && (part.pronominal || startsWithSelfReference(view, part.span)) && speaker.length) clause = withActors(speaker, 'speaker');
      else if (chains.length) clause = { ...withActors(chains[0]!, part.role === 'speaker' ? 'speaker' : 'subject'), chains };
      else if (hasAnaphor(view, part.span) && previousActors.length) clause = withActors(previousActors, 'anaphor');
      else if (startsWithGroup(view, part.span)) clause = { ...probe, groupSubject: true };
      else if ((part.self || startsWithSelfReference(view, part.span) || (part.role === 'content' && speaksOfOwnForces(view, part.span))) && speaker.length) {
        clause = withActors(speaker, 'speaker');
      }
      else if (carried.length && part.role !== 'content') clause = withActors(carried, 'inherited');
      else clause = probe;
      if (part.role === 'content' && speaker.length) clause = { ...clause, speaker };
      // "الائتلاف، الذي تقوده بريطانيا": the antecedent is a word of the relative clause's predicate.
      if (span.kind === 'relative' && part.span.from === span.from) clause = { ...clause, core: { ...clause.core, from: Math.max(0, span.from - 1) } };
      if (part.role === 'speaker') speaker = clause.actors;
      if (clause.actors.length && span.kind !== 'relative' && span.kind !== 'aside') lastActors = clause.actors;
      if (span.kind === 'resume' && !clause.actors.length) lastActors = matrixActors;
      clauses.push(clause);
    }
  }
  return clauses;
}

/**
 * "الأولى أعلنت…"، "أما الأخيرة فحيادها…": the first or last of the countries the previous sentence named.
 */
function ordinalReference(view: SentenceView, span: Span, previousActors: Mention[]): Mention | null {
  const distinct = previousActors.filter((m, i) => previousActors.findIndex((o) => o.iso3 === m.iso3) === i && !m.conflictParty);
  if (distinct.length < 2) return null;
  for (let i = span.from; i < Math.min(span.to, span.from + 2); i++) {
    const word = view.tokens[i]!.text;
    if (/^(?:[وف])?(?:ال)?اولي$/.test(word)) return distinct[0]!;
    if (/^(?:[وف])?(?:ال)?(?:اخيره|ثانيه)$/.test(word)) return /ثانيه/.test(word) ? distinct[1]! : distinct[distinct.length - 1]!;
  }
  return null;
}

const FIRST_PERSON = /^(?:[وف])?(?:نحن|اننا|لكننا|انا|لسنا)$/;

/** "وإنها"، "وأنه": reported speech that goes on after a comma, about the same speaker. */
const CONTINUING_SPEECH = /^و(?:انها|انه|انهم|انهما|اننا|هي|هو|هم|هما)$/;
/** "غير أنها عرضت…"، "إلا أنه أكد…": after a contrast, the pronoun is the subject of the clause before. */
const CONTRAST_PRONOUN = /^(?:انها|انه|انهم|انهما)$/;

/** "قال إن بلاده …"، "أعلن أن حكومته …": the content is about the speaker's own country. */
function startsWithSelfReference(view: SentenceView, span: Span): boolean {
  return SELF_REFERENCES.test(view.tokens[span.from]?.text ?? '');
}
const SELF_REFERENCES = /^(?:[وف])?(?:بلاده|بلادها|بلادهم|بلادنا|حكومته|حكومتها|حكومتنا|دولته|دولتها|دولتنا|نحن|الحكومه)$/;

/** "أكدت أيرلندا أن مشاركة قواتها مرهونة…": the content is about the speaker's own forces or country. */
function speaksOfOwnForces(view: SentenceView, span: Span): boolean {
  for (let i = span.from; i < Math.min(span.to, span.from + 6); i++) {
    if (OWN_FORCES.test(view.tokens[i]!.text)) return true;
  }
  return false;
}
const OWN_FORCES = /^(?:[وفبل]|ال)?(?:قوات|جنود|جيش|بلاد|حكومت|دولت|مشاركت|قرار|وحدات|حياد|موقف|سياست|دستور|قدرات|اراضي|حدود|امن)(?:ه|ها|هم|هما|نا)$/;

function hasAnaphor(view: SentenceView, span: Span): boolean {
  for (let i = span.from; i < Math.min(span.to, span.from + 4); i++) {
    if (phraseAt(view, i, ANAPHOR_PHRASES) > 0) return true;
  }
  return false;
}
