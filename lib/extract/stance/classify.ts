import type { Stance } from '@/lib/schema/stance';
import type { SentenceView } from '../text/article-text';
import type { Mention } from '../recognize/countries';
import type { Clause, HolderSource } from '../clauses/types';
import { negationScope } from '../modality/negation';
import { delegationScope, hedgeScope } from '../modality/hedges';
import { literalHits, matchPattern, mayMatch, presenceOf, type Pattern, type WordFacts } from './pattern';
import { COMPILED_RULES, EARLIER_REACH, type CompiledRule } from './rules';
import { stanceWords, type StanceClass } from './vocabulary';
import { clauseWords } from '../clauses/vocabulary';
import { linked } from '../clauses/actors';

/** One clause's reading for one country: which rule decided it, how surely, and where. */
export interface StanceSignal {
  iso3: string;
  stance: Stance;
  confidence: number;
  rule: string;
  /** The words that decided it name troops (not only a mission or operations): an offer "to join peacekeeping
   * operations" after a refusal of troops is support, not an offer of troops. */
  troops: boolean;
  /** A refusal of ground troops only ("لن ترسل قوات برية"): what it offers at sea or in the air still stands. */
  groundOnly: boolean;
  /** Reported by someone other than a government (a newspaper, an agency quoting sources). */
  reported: boolean;
  /** Index of the clause in its sentence. */
  clause: number;
  /** Token index of the word that decided it. */
  cue: number;
}

/** Which tokens are part of a country's name, in one pass over the mentions. */
function mentionTokens(view: SentenceView): boolean[] {
  const out = new Array<boolean>(view.words.length).fill(false);
  for (const m of view.mentions) {
    for (let i = m.tokenStart; i < m.tokenEnd; i++) out[i] = true;
    // "شارك رئيس الوزراء الكندي في …": the title before a country's adjective or leader is part of the name.
    let start = m.tokenStart;
    // "قادة كل من اليابان وأستراليا": "both of" before the names, and the title before that.
    if (view.words[start - 1] === 'من' && /^(?:و)?كلا?$/.test(view.words[start - 2] ?? '')) {
      out[start - 1] = out[start - 2] = true;
      start -= 2;
    }
    let i = start - 1;
    for (; i >= Math.max(0, start - 3) && isTitleWord(view.words[i]!); i--) out[i] = true;
    // "ورفضت براتيسلافا على لسان وزير خارجيتها أي نقاش": whose mouth spoke, after the country, is part of who.
    if (view.words[m.tokenEnd] === 'علي' && view.words[m.tokenEnd + 1] === 'لسان') {
      let j = m.tokenEnd;
      out[j] = out[j + 1] = true;
      for (
        j += 2;
        j < m.tokenEnd + 6 &&
        j < view.words.length &&
        (isTitleWord(view.words[j]!) || (isTitleWord(view.words[j - 1]!) && /(?:ها|ه)$/.test(view.words[j]!)));
        j++
      )
        out[j] = true;
    }
    // "رفضت بودابست على لسان وزير خارجيتها بيتر سيارتو …": whose mouth spoke is part of who.
    for (let k = i; k >= Math.max(1, start - 6); k--) {
      if (view.words[k] === 'لسان' && /^(?:علي|وعلي)$/.test(view.words[k - 1]!)) {
        for (let j = k - 1; j < start; j++) out[j] = true;
        break;
      }
    }
  }
  return out;
}

/** Which tokens are inside a country's name, seat or leader's name ("داونينغ ستريت"، "البيت الأبيض"). */
function nameTokens(view: SentenceView): boolean[] {
  const out = new Array<boolean>(view.words.length).fill(false);
  for (const m of view.mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) out[i] = true;
  return out;
}

const isTitleWord = (w: string): boolean =>
  !/^و/.test(w) && (clauseWords.has(w, 'govHead') || clauseWords.has(w, 'title'));
const LED_IT = /^(?:[وف])?قاده$/;
const FUTURE_PREFIX = /^[وف]?س[يتن]\S{2,}$/;
const PRESENT_VERB = /^[يتن]\S{2,}$/;
const namedAfter = (view: SentenceView, i: number): boolean =>
  view.mentions.some((m) => m.tokenStart === i + 1) ||
  clauseWords.has(view.words[i + 1] ?? '', 'govHead') ||
  clauseWords.has(view.words[i + 1] ?? '', 'title');

/** How far the way a holder was found lowers a rule's confidence. */
const SOURCE_FACTOR: Record<HolderSource, number> = { subject: 1, speaker: 0.97, anaphor: 0.85, inherited: 0.85 };

/** The stance words of a sentence with each clause's negation and hedge scope, computed once. */
export function wordFacts(view: SentenceView, clauses: readonly Clause[]): WordFacts {
  const clauseOf = new Int32Array(view.words.length).fill(-1);
  clauses.forEach((clause, k) => {
    for (const i of clause.core) clauseOf[i] = k;
  });
  const negatedBy = negationScope(view, clauseOf);
  const hedgedBy = hedgeScope(view, clauseOf);
  const delegatedBy = delegationScope(view, clauseOf);
  const n = view.words.length;
  const ukrainianAfter = new Set(
    view.mentions.filter((m) => m.iso3 === 'UKR' && m.kind === 'demonym').map((m) => m.tokenStart),
  );
  const classes: ReadonlySet<StanceClass>[] = new Array(n);
  const future: boolean[] = new Array(n);
  const bits = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const word = view.words[i]!;
    const a = stanceWords.classify(word);
    // "قادة" (leaders) and "قاده" (led it) are one word once normalised: before a title or a country it is the verb.
    const ledIt = LED_IT.test(word) && namedAfter(view, i);
    // "تدريب القوات الأوكرانية"، "جنود أوكرانيون": Ukraine's own soldiers are not troops anyone sends.
    const ukrainian = a.classes.has('troops') && ukrainianAfter.has(i + 1);
    // "سيقود إلى تصعيد": leads to, not leads.
    const leadsTo =
      a.classes.has('lead') && (/^(?:الي|لل)/.test(view.words[i + 1] ?? '') || view.words[i + 2] === 'الي');
    // "تحالف الراغبين": the coalition's name, not anyone's willingness.
    const named = a.classes.has('ready') && a.classes.has('coalition') && i > 0 && classes[i - 1]!.has('coalition');
    classes[i] = named
      ? new Set([...a.classes].filter((c) => c !== 'ready'))
      : leadsTo
        ? new Set([...a.classes].filter((c) => c !== 'lead'))
        : ledIt
          ? new Set([...a.classes, 'lead' as const])
          : ukrainian
            ? new Set([...a.classes].filter((c) => c !== 'troops' && c !== 'force'))
            : a.classes;
    const own = ledIt || ukrainian || named || leadsTo ? stanceWords.bitsOf(classes[i]!) : a.bits;
    bits[2 * i] = own[0];
    bits[2 * i + 1] = own[1];
    // "ستكون"، "سنرسل": the future prefix on any present verb, known to the vocabulary or not.
    // "سوف تلعب"، "سوف ترفع": the future said with its own word.
    future[i] =
      a.future || FUTURE_PREFIX.test(word) || (/^[وف]?سوف$/.test(view.words[i - 1] ?? '') && PRESENT_VERB.test(word));
  }
  return {
    words: view.words,
    classes,
    bits,
    future,
    negatedBy,
    hedgedBy,
    delegatedBy,
    mention: mentionTokens(view),
    name: nameTokens(view),
    lits: view.words.map(literalHits),
  };
}

/** Words that introduce the members of a group: "مثل إيطاليا"، "منها فرنسا"، "وبينها كندا". */
const EXAMPLE = /^(?:[وف])?(?:مثل|منها|بينها|بينهم|خاصه|لاسيما|سيما|كـ)$/;

/** How far around a match an `unless` pattern is looked for. */
const UNLESS_BEFORE = 5;
const UNLESS_AFTER = 4;

/** Rules whose holders are countries named by the match, not the clause's holder. */
const NAMES_OTHERS: ReadonlySet<string> = new Set(['after', 'afterOnly', 'examples', 'genitive']);

/** Who speaks ("قال رئيس الوزراء") states no position by speaking; a rule that reads a speaker part says so. */
const DEFAULT_ROLES: readonly Clause['role'][] = ['plain', 'content'];

/** The countries named right after the cue, as one coordinated chain ("بقيادة فرنسا والمملكة المتحدة"). */
function chainAfter(view: SentenceView, clause: Clause, cue: number, reach: number): Mention[] {
  const after = view.mentions.filter((m) => m.tokenStart > cue && m.tokenEnd <= clause.span.to && !m.dateline);
  const chain: Mention[] = [];
  // "تقوده كل من باريس ولندن"، "يروج له كل من رئيس الوزراء …": a pronoun and "both" before the countries.
  let k = cue + 1;
  if (/^(?:له|لها|به|بها|اليه|اليها)$/.test(view.words[k] ?? '')) k++;
  // "حيث ترأس الاجتماع بشكل مشترك كل من الرئيس الفرنسي ورئيس الوزراء البريطاني": the meeting, then "jointly".
  if (/^(?:ال)?(?:اجتماع|قمه|لقاء|جلسه)$/.test(view.words[k] ?? '') && k === cue + 1) k++;
  if (/^(?:بشكل|بصوره)$/.test(view.words[k] ?? '') && /^مشترك/.test(view.words[k + 1] ?? '')) k += 2;
  if (/^(?:و)?كلا?$/.test(view.words[k] ?? '') && view.words[k + 1] === 'من') k += 2;
  const skipped = k - cue - 1;
  for (const m of after) {
    const last = chain[chain.length - 1];
    if (!last) {
      if (m.tokenStart - cue > reach + skipped) break;
      // "اجتمع قادته في باريس": a venue after the cue is not who leads or belongs.
      const before = view.words[m.tokenStart - 1]!;
      if (
        m.tokenStart > cue + 1 &&
        clauseWords.has(before, 'preposition') &&
        !EXAMPLE.test(before) &&
        !(skipped && m.tokenStart <= k) &&
        // "يضم التحالف من خارج القارة كلا من كندا …": "both of", wherever it comes, is no preposition.
        !(/^(?:و)?من$/.test(before) && /^(?:و)?كلا?$/.test(view.words[m.tokenStart - 2] ?? '')) &&
        // "برئاسة مشتركة من بريطانيا وفرنسا": the chairs, after "joint … by".
        !(before === 'من' && /^مشترك/.test(view.words[m.tokenStart - 2] ?? ''))
      )
        break;
      chain.push(m);
    } else if (linked(view, last, m)) {
      chain.push(m);
    } else break;
  }
  return chain.filter((m) => !m.conflictParty);
}

function holders(
  view: SentenceView,
  clause: Clause,
  rule: CompiledRule,
  cue: number,
  first: number,
): { countries: string[]; factor: number } {
  const fromClause = () =>
    clause.holder
      ? { countries: [...clause.holder.countries], factor: SOURCE_FACTOR[clause.holder.source] }
      : { countries: [], factor: 1 };
  if (rule.holder === 'after' || rule.holder === 'afterOnly') {
    const chain = chainAfter(view, clause, cue, rule.reach ?? 2);
    // "وشارك رئيس الوزراء النيوزيلندي في الاجتماع إلى جانب ألبانيزي": a subject standing between the verb and the
    // cue took part as well as those named after it.
    const between =
      clause.holder?.source === 'subject' &&
      clause.holder.mentions.length > 0 &&
      clause.holder.mentions.every((m) => m.tokenStart > first && m.tokenEnd <= cue)
        ? clause.holder.countries
        : [];
    if (chain.length) return { countries: [...new Set([...between, ...chain.map((m) => m.iso3)])], factor: 1 };
    if (rule.holder === 'afterOnly') return { countries: [], factor: 1 };
    // "قوة تقودها دول من الناتو": the ones after the cue are a group, no country of it named.
    // "ويقود البلدان التحالف": "the two countries" already resolved to the pair spoken of is no group.
    const pair = clause.holder?.source === 'anaphor' && clause.holder.countries.length === 2;
    return clauseWords.has(view.words[cue + 1] ?? '', 'group') && !pair ? { countries: [], factor: 1 } : fromClause();
  }
  if (rule.holder === 'examples') {
    const examples = view.mentions.filter(
      (m) =>
        m.tokenStart > clause.span.from &&
        m.tokenStart < clause.span.to &&
        !m.conflictParty &&
        EXAMPLE.test(view.words[m.tokenStart - 1] ?? ''),
    );
    return examples.length ? { countries: [...new Set(examples.map((m) => m.iso3))], factor: 1 } : fromClause();
  }
  if (rule.holder === 'genitive') {
    const m = view.mentions.find((x) => x.tokenStart === cue + 1 && !x.conflictParty);
    return m ? { countries: [m.iso3], factor: 1 } : { countries: [], factor: 1 };
  }
  if (clause.group || clause.nonGovernment) return { countries: [], factor: 1 };
  return fromClause();
}

/** Whether a pattern matches anywhere in a sentence, remembered per sentence: context patterns are asked again and again. */
const anywhere = new WeakMap<WordFacts, Map<Pattern, boolean>>();
function matchesAnywhere(pattern: Pattern, facts: WordFacts): boolean {
  let memo = anywhere.get(facts);
  if (!memo) anywhere.set(facts, (memo = new Map()));
  let hit = memo.get(pattern);
  if (hit === undefined) {
    // "داونينغ ستريت" is no "ستري" (will see): the words of a name are not the sentence's words.
    const words: number[] = [];
    for (let i = 0; i < facts.words.length; i++) if (!facts.name[i]) words.push(i);
    hit = matchPattern(pattern, facts, words) !== null;
    memo.set(pattern, hit);
  }
  return hit;
}
const namesGround = (facts: WordFacts, first: number, last: number): boolean => {
  for (let i = first; i <= last && i < facts.words.length; i++) if (facts.classes[i]!.has('ground')) return true;
  return false;
};
/** Soldiers, units or ships named, not only "the force" or "operations" that something is given to. */
const namesTroops = (facts: WordFacts, first: number, last: number): boolean => {
  for (let i = first; i <= last; i++)
    if (facts.classes[i]!.has('troops') && !facts.classes[i]!.has('force')) return true;
  return false;
};

/**
 * The stance every clause of a sentence states for its holders: the first rule of the table that matches the
 * clause's core and passes its conditions decides; a rule with no stance (a reporter's guess) stops the clause.
 */
export function sentenceStances(
  view: SentenceView,
  clauses: readonly Clause[],
  facts: WordFacts,
  earlier: readonly WordFacts[] = [],
): StanceSignal[] {
  const previous = earlier[earlier.length - 1] ?? null;
  const inEarlier = (p: Pattern) => {
    for (let k = Math.max(0, earlier.length - EARLIER_REACH); k < earlier.length; k++)
      if (matchesAnywhere(p, earlier[k]!)) return true;
    return false;
  };
  const signals: StanceSignal[] = [];
  clauses.forEach((clause, index) => {
    if (clause.role === 'unreported' || !clause.core.length) return;
    const present = presenceOf(facts, clause.core);
    // The first rule that gives the clause's own holder a stance decides it; rules that name other countries
    // ("تراسه ماكرون مناصفة مع ستارمر") may still give those theirs.
    const assigned = new Set<string>();
    let decided = false;
    for (const rule of COMPILED_RULES) {
      if (decided && !NAMES_OTHERS.has(rule.holder ?? 'clause')) continue;
      if (!(rule.roles ?? DEFAULT_ROLES).includes(clause.role) || !mayMatch(rule.pattern, present)) continue;
      if (rule.reportedBy && !rule.reportedBy.includes(clause.reportedBy)) continue;
      const match = matchPattern(rule.pattern, facts, clause.core);
      if (!match) continue;
      // "حاولت بريطانيا إقناع ترامب بتقديم الدعم الجوي": the act persuaded, urged or asked for is someone else's.
      if (facts.delegatedBy[match.cue]! >= 0) continue;
      // A condition qualifies what comes before it: "لن ترسل قوات دون تفويض", not "دون تفويض … لن ترسل".
      if (rule.zones && !clause.zones.some((z) => rule.zones!.includes(z.kind) && z.from > match.first)) continue;
      // What rules a reading out must be said near it: "ستساهم في المراقبة الجوية للقوة وفي تدريب الجنود الأوكرانيين"
      // is support for the force, whatever else the clause goes on to give Ukraine.
      if (rule.unlessPatterns.length) {
        const near = clause.core.filter((i) => i >= match.first - UNLESS_BEFORE && i <= match.last + UNLESS_AFTER);
        if (rule.unlessPatterns.some((p) => matchPattern(p, facts, near))) continue;
      }
      if (rule.sentencePatterns.some((p) => !matchesAnywhere(p, facts))) continue;
      if (rule.previousPatterns.some((p) => !previous || !matchesAnywhere(p, previous))) continue;
      if (rule.earlierPatterns.some((p) => !inEarlier(p))) continue;
      if (
        rule.unlessEarlierPatterns.some((p) => matchesAnywhere(p, facts) || earlier.some((f) => matchesAnywhere(p, f)))
      )
        continue;
      if (rule.stance === null) return;
      const found = holders(view, clause, rule, match.cue, match.first);
      const countries = found.countries.filter((c) => !assigned.has(c));
      const { factor } = found;
      if (!countries.length) continue;
      for (const iso3 of countries) {
        assigned.add(iso3);
        signals.push({
          iso3,
          stance: rule.stance,
          confidence: Math.round(rule.confidence * factor * 100) / 100,
          rule: rule.id,
          troops: namesTroops(facts, match.first, match.last),
          groundOnly: rule.stance === 'declined' && namesGround(facts, match.first, match.last + 2),
          reported: clause.reportedBy === 'other',
          clause: index,
          cue: match.cue,
        });
      }
      // "ترأس الاجتماع بالاشتراك مع الرئيس الفرنسي": a rule that names others decides the clause's own holder only
      // when it names that holder too.
      const own = clause.holder?.countries ?? [];
      if (!NAMES_OTHERS.has(rule.holder ?? 'clause') || own.every((c) => countries.includes(c))) decided = true;
    }
  });
  return signals;
}
