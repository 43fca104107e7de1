import type { Mention } from './recognize';
import type { Clause, SentenceView, Span } from './clauses';
import { AGENT_HEADS, COORDINATORS, NON_AGENT_HEADS, PREPOSITIONS, TITLES } from './lexicon/cues';
import { gapBefore, inSet } from './view-words';

/** A mention stands where an agent stands: not after a preposition, not the complement of a non-agent noun. */
export function isActorPosition(view: SentenceView, m: Mention): boolean {
  if (m.prepositional || m.dateline || afterObjectVerb(view, m)) return false;
  const { tokens } = view;
  if (m.kind === 'demonym') {
    // "وزيرا الدفاع البريطاني جون هيلي والفرنسي سيباستيان لوكورنو": a demonym joined to an actor before it.
    if (m.clitic.startsWith('و') && coordinatedWithActor(view, m)) return true;
    // "الكنديون مستعدون"، "والنرويجيون وعدوا"، "الألمان أقروا": the people named for their government.
    if (m.people && !inSet(PREPOSITIONS, tokens[m.tokenStart - 1]?.text) && !inSet(AGENT_HEADS, tokens[m.tokenStart - 1]?.text ?? '')) return true;
    for (let k = 1; k <= 3; k++) {
      const head = tokens[m.tokenStart - k];
      if (!head) return false;
      if (isHead(AGENT_HEADS, head.text)) return !inSet(PREPOSITIONS, tokens[m.tokenStart - k - 1]?.text);
      if (!inSet(TITLES, head.text) && !view.mentions.some((o) => o.tokenStart === m.tokenStart - k)) return false;
    }
    return false;
  }
  let i = m.tokenStart - 1;
  while (i >= 0) {
    const word = tokens[i]!.text;
    const isOtherMention = view.mentions.some((o) => o !== m && o.tokenStart <= i && i < o.tokenEnd);
    if (inSet(TITLES, word) || (isOtherMention && !/[،,]/.test(gapBefore(view, i + 1)))) { i--; continue; }
    break;
  }
  const before = tokens[i]?.text;
  // "شارك في المكالمة قادة من أستراليا ونيوزيلندا": leaders from a country act for it.
  if (before === 'من' && REPRESENTATIVES.test(tokens[i - 1]?.text ?? '')) return true;
  return !inSet(PREPOSITIONS, before) && !inSet(NON_AGENT_HEADS, before);
}

const REPRESENTATIVES = /^(?:[وف])?(?:قاده|زعماء|ممثلو|ممثلون|ممثلين|وفود|وفد|وزراء|مسوولون|مسوولين)$/;

/**
 * Heads in the accusative ("جنودا أيرلنديين"), in the dual construct ("رئيسا الوزراء"، "وزيرا الدفاع") or after ل
 * ("نشر للقوات الأيرلندية") count too.
 */
const isHead = (set: Set<string>, word: string): boolean => {
  const bareWord = word.replace(/^(?:لل|ل(?=ل))/, 'ال');
  return inSet(set, word) || inSet(set, bareWord) || (word.length > 3 && /[اي]$/.test(word) && inSet(set, word.slice(0, -1)));
};

/** A demonym with "و" that follows, within a name and a title, a demonym or name already in actor position. */
function coordinatedWithActor(view: SentenceView, m: Mention): boolean {
  const previous = view.mentions.filter((o) => o.tokenEnd <= m.tokenStart && o.tokenEnd >= m.tokenStart - 3);
  return previous.some((o) => isActorPosition(view, o));
}

/** Verbs whose object is the country after them: accusing, urging, warning ("وتتهم الدول الغربية إيران بتزويد روسيا"). */
const OBJECT_VERBS = /^(?:[وف])?(?:يتهم|تتهم|اتهم|اتهمت|يتهمون|تدين|يدين|ادان|ادانت|تحث|يحث|حث|حثت|تطالب|يطالب|طالب|طالبت|تناشد|يناشد|ناشد|ناشدت)$/;
const OBJECT_VERB_REACH = 4;

function afterObjectVerb(view: SentenceView, m: Mention): boolean {
  for (let i = Math.max(0, m.tokenStart - OBJECT_VERB_REACH); i < m.tokenStart; i++) if (OBJECT_VERBS.test(view.tokens[i]!.text)) return true;
  return false;
}

/**
 * Mentions in agent position grouped into coordinated chains ("بريطانيا وفرنسا وأستراليا"); the first chain is
 * the default subject.
 */
export function actorChains(view: SentenceView, span: Span, exclude: Span[]): Mention[][] {
  const inside = (m: Mention) => m.tokenStart >= span.from && m.tokenEnd <= span.to && !exclude.some((z) => m.tokenStart >= z.from && m.tokenStart < z.to);
  // "وتتهم الدول الغربية إيران بتزويد روسيا…": a clause led by a verb of accusing or urging has only objects.
  const led = view.tokens.slice(span.from, span.from + 2).some((t) => OBJECT_VERBS.test(t.text));
  if (led) return [];
  const candidates = view.mentions.filter((m) => inside(m) && isActorPosition(view, m));
  const chains: Mention[][] = [];
  for (const m of candidates) {
    const chain = chains[chains.length - 1];
    const last = chain?.[chain.length - 1];
    if (chain && last && linked(view, last, m)) chain.push(m);
    else chains.push([m]);
  }
  return chains;
}

function linked(view: SentenceView, last: Mention, m: Mention): boolean {
  const startsWithAnd = view.tokens[m.tokenStart]!.text.startsWith('و');
  if (m.tokenStart === last.tokenEnd) return startsWithAnd || last.iso3 === m.iso3;
  // "رئيس الوزراء المجري فيكتور أوربان": a demonym and the name of the same country, a first name between.
  if (last.iso3 === m.iso3 && m.tokenStart - last.tokenEnd <= 2) return true;
  const between = view.words.slice(last.tokenEnd, m.tokenStart);
  return between.length <= 4 && (startsWithAnd || between.some((w) => COORDINATORS.has(w) || (w.startsWith('و') && inSet(TITLES, w))));
}

/** Words that make the country after them a partner of the subject: "ترأس الاجتماع مع رئيس الوزراء البريطاني". */
const WITH_PARTNER = /^(?:مع|برفقه|بمشاركه)$/;

/**
 * Countries that share the subject's act: after the deciding word, introduced by "مع" (past titles such as
 * "رئيس الوزراء"), as in "ترأس ماكرون الاجتماع مع رئيس الوزراء البريطاني كير ستارمر".
 */
export function comitatives(view: SentenceView, clause: Clause, cue: number): Mention[] {
  const out: Mention[] = [];
  for (const m of view.mentions) {
    if (m.tokenStart <= cue || m.tokenStart >= clause.core.to) continue;
    let i = m.tokenStart - 1;
    while (i > cue && (inSet(TITLES, view.tokens[i]!.text) || view.mentions.some((o) => o !== m && o.tokenStart <= i && i < o.tokenEnd))) i--;
    if (i > cue && WITH_PARTNER.test(view.tokens[i]!.text)) out.push(m);
  }
  return out;
}
