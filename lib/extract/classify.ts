import type { Stance } from '@/lib/schema/stance';
import { clauseExtent, type Clause, type SentenceView, type Span } from './clauses';
import type { Mention } from './recognize';
import {
  ALSO, COALITION, COMMIT, DEPLOY, FORCE, JOIN, LIMITING, PROVIDE, TOOK_PART, UNLESS, WITHOUT, NEGATION, NOT_RULED_OUT_VERB, OFFER,
  PARTICIPATE, PART_OF, REFUSE, STRONG_SUPPORT, SUPPORT, TROOPS,
} from './lexicon/stance-cues';
import { RESERVATION_NOUNS } from './lexicon/cues';

export interface ClauseStance {
  stance: Stance;
  /** The span whose words state the condition or reason, when the clause has one. */
  qualifier: Span | null;
  confidence: number;
  /** Token index of the word that decided the stance (its verb, usually), to find the subject next to it. */
  cue: number;
}

/** What the sentences just before were about, for clauses that only make sense in context. */
export interface ClauseContext {
  /** The previous sentence spoke of the coalition's meeting, talks, plan or force. */
  coalition: boolean;
  /** One of the two sentences before spoke of troops, so a bare "رفضت" refuses sending them. */
  troops: boolean;
}

const NEGATION_WINDOW = 6;
/** How far after a verb of sending its object (the troops) may stand: "تساهم بقوات"، "ترسل عددا من الجنود". */
const OBJECT_WINDOW = 3;

/** A negation, but not "غير أن/غير أنها" (however). */
const isNegation = (ws: string[], i: number): boolean => NEGATION.test(ws[i] ?? '') && !(/^(?:[وف])?غير$/.test(ws[i]!) && /^(?:ان|انها|انه|انهم)$/.test(ws[i + 1] ?? ''));
const negatedAt = (ws: string[], i: number): boolean => isNegation(ws, i - 1) || isNegation(ws, i - 2);
const find = (ws: string[], re: RegExp): number => ws.findIndex((w) => re.test(w));
const findUnnegated = (ws: string[], re: RegExp): number => ws.findIndex((w, i) => re.test(w) && !negatedAt(ws, i));
const findNegated = (ws: string[], re: RegExp): number => ws.findIndex((w, i) => re.test(w) && negatedAt(ws, i));

/**
 * Troops, also where the word alone would be an adjective: "بأي عسكري"، "مشاركة عسكرية" (a military part).
 */
function troopsAt(ws: string[], i: number): boolean {
  const w = ws[i]!;
  if (TROOPS.test(w)) return true;
  if (/^(?:ال)?قطع(?:ا)?$/.test(w) && /^(?:ال)?بحري/.test(ws[i + 1] ?? '')) return true;
  return /^(?:ال)?عسكري(?:ا|ه)?$/.test(w) && /^(?:[بل]?اي|مشاركه|مساهمه|وجود|دور|بوجود)$/.test(ws[i - 1] ?? '');
}

/** A negation followed closely by sending or troops: "لن يتم نشر قوات"، "لا يمكنهم تزويد القوات" — but not "لن تقتصر على القوات". */
function negatedDeployment(ws: string[]): number {
  return ws.findIndex((w, i) => isNegation(ws, i) && !LIMITING.test(ws[i + 1] ?? '') && !SPEAKING.test(ws[i + 1] ?? '')
    && ws.slice(i + 1, i + 1 + NEGATION_WINDOW).some((x, k) => DEPLOY.test(x) || troopsAt(ws, i + 1 + k)));
}

/** "تدريب جنود أوكرانيين": troops named by a Ukrainian demonym are the ones trained, not the ones sent. */
function ukrainian(view: SentenceView, at: number): boolean {
  return view.mentions.some((m) => m.tokenStart === at && m.conflictParty && m.kind === 'demonym');
}

/** "للقوة": the force as the recipient of what is sent ("ستقدم دعما جويا للقوة"), not the thing sent. */
function isRecipient(word: string): boolean {
  const bare = word.replace(/^و?ل/, '');
  return bare !== word && !/^(?:و)?لواء/.test(word) && TROOPS.test(bare);
}

/** Predicates that rule out what was just named. */
const RULED_OUT = /^(?:مستبعد|مستبعده|مرفوض|مرفوضه)$/;
const RULED_OUT_AFTER_NOT = /^(?:مطروح|مطروحا|مطروحه|وارد|واردا|وارده|ممكن|ممكنا|ممكنه|مقبول|مقبوله|جدول)$/;

/** Surveys of public opinion. */
const POLL = /^(?:[وفبل]|ال|بال|لل|وال)?استطلاع/;
/** Verbs of saying that may end a clause with a bare "لا". */
const SAID = /^(?:[وف])?(?:قال|قالت|قالوا|تقول|يقول|ردت|رد|اجابت|اجاب)$/;

/** Nouns of sending or taking part, which in a sentence about the force mean sending troops. */
const DEPLOY_NOUN = /^(?:[وفبل]|ال|بال|لل|وال)?(?:ارسال|نشر|مساهمه|مشاركه|اسهام|مساهمت(?:ه|ها|هم|هما|نا)|مشاركت(?:ه|ها|هم|هما|نا))$/;

/** Finite verbs of taking part, whose subject may be the troops themselves. */
const SENDING_VERB = /^(?:[وف])?(?:س)?(?:يشارك|تشارك|ينتشر|تنتشر|يساهم|تساهم|ينضم|تنضم)(?:ون|ان|ن)?$/;

/** "لم يعلق على مسألة القوات": not speaking of the troops is not refusing them. */
const SPEAKING = /^(?:[وف])?(?:يعلق|تعلق|يعلن|تعلن|يحدد|تحدد|يكشف|تكشف|يوضح|توضح|يتطرق|تتطرق|يتحدث|تتحدث|يذكر|تذكر)$/;

/** Verbs of announcing: "أعلن عن إرسال" reports the sending itself. */
const ANNOUNCE = /^(?:[وف])?(?:اعلن|اعلنت|اعلنوا|يعلن|تعلن|كشف|كشفت)$/;
/** Personnel, troops only as the object of a verb of sending ("قد ترسل أفرادا"). */
const PERSONNEL = /^(?:[وب]|ال|بال)?(?:افراد|افرادا|عسكريين|مدربين|خبراء)$/;

/** Words after which a noun of sending is a topic, not an act: "موقفا من إرسال قوات"، "محادثات حول نشر قوات". */
const TOPIC = /^(?:من|حول|بشان|عن|ازاء|تجاه)$/;
/** "احتمال مشاركة جنود"، "فكرة نشر قوات": a possibility or question of sending, not an act. */
const TOPIC_NOUN = /^(?:[وب]|ال|بال)?(?:احتمال|امكانيه|فكره|مساله|قضيه|ملف|نقاش)$/;

/**
 * A verb or noun of sending with troops as its object right after it, not negated and not a topic:
 * "تساهم بقوات"، "إرسال جنود" — but not "تسهم في القوة" (contributes to the force) or "من دون أن تعلن موقفا من
 * إرسال قوات" (without stating a position on sending troops).
 */
function deploymentOfTroops(ws: string[]): number {
  const stop = ws.findIndex((w) => WITHOUT.test(w));
  const end = stop >= 0 ? stop : ws.length;
  for (let i = 0; i < end; i++) {
    // "أعلن عن إرسال …" announces the sending; "موقفا من إرسال" only speaks of it.
    const announced = ws[i - 1] === 'عن' && ANNOUNCE.test(ws[i - 2] ?? '');
    if (!DEPLOY.test(ws[i]!) || negatedAt(ws, i) || ((TOPIC.test(ws[i - 1] ?? '') || TOPIC_NOUN.test(ws[i - 1] ?? '')) && !announced)) continue;
    // "جنودا أيرلنديين قد يشاركون": the troops are the subject of a finite verb of taking part.
    if (SENDING_VERB.test(ws[i]!) && ws.slice(Math.max(0, i - 3), i).some((x) => TROOPS.test(x) && !isRecipient(x))) return i;
    for (let k = i + 1; k < Math.min(end, i + 1 + OBJECT_WINDOW); k++) {
      if (ws[k] === 'في' || ws[k] === 'ضمن' || isRecipient(ws[k]!)) break;
      if (TROOPS.test(ws[k]!) || PERSONNEL.test(ws[k]!)) return i;
    }
  }
  return -1;
}

/** The words after "هو/هي" in "التحفظ الرئيسي … هو مشاركة الولايات المتحدة" state the condition itself. */
function reservationQualifier(ws: string[], at: number, clause: Clause): Span {
  const copula = ws.findIndex((w, i) => i > at && /^(?:هو|هي|يتمثل|تتمثل|يكمن|تكمن)$/.test(w));
  return { from: clause.core.from + (copula >= 0 ? copula + 1 : at + 1), to: clause.condition?.to ?? clause.core.to };
}

/** "لن يغادر أي جندي قبل أن تصمت المدافع": a refusal until something happens is a condition. */
function conditionIsUnless(view: SentenceView, clause: Clause): boolean {
  return clause.condition !== null && UNLESS.test(view.tokens[clause.condition.from]?.text ?? '');
}

/**
 * Support counts as a position on the force unless it is aid sent to Kyiv ("مساعدات عسكرية لكييف") with no word
 * of the force or the coalition in the clause.
 */
function supportsTheForce(view: SentenceView, clause: Clause, words: string[]): boolean {
  if (find(words, FORCE) >= 0 || find(words, COALITION) >= 0) return true;
  const toUkraine = (m: Mention) => m.conflictParty && (m.prepositional || /^(?:الي|لصالح)$/.test(view.tokens[m.tokenStart - 1]?.text ?? ''));
  return !view.mentions.some((m) => toUkraine(m) && m.tokenStart >= clause.core.from && m.tokenStart < clause.core.to);
}

/**
 * Decides the stance a clause states for its actors from the roles of its words. The order of the checks is the
 * order of precedence: a door left open, then refusals, then pledges and offers, then support short of troops,
 * then mere participation. `context` says what the previous sentence was about, so that a bare "شاركت … أيضا"
 * (took part too) refers to the meeting just described and a bare "رفضت" to the troops just mentioned.
 */
export function classifyClause(view: SentenceView, clause: Clause, context: ClauseContext = { coalition: false, troops: false }): ClauseStance | null {
  const ws = view.words.slice(clause.core.from, clause.core.to);
  const extent = clauseExtent(clause);
  const allWords = view.words.slice(extent.from, extent.to);
  // A poll ("48% يؤيدون إرسال قوات و45% يعارضون") is public opinion, not a government's position; "طائرة استطلاع"
  // (reconnaissance) shares the word, so a poll is a survey with shares of people or of opinion.
  if (find(allWords, POLL) >= 0 && allWords.some((w) => /%$|^(?:الراي|للراي)$/.test(w))) return null;
  const troops = ws.some((_, i) => troopsAt(ws, i));
  const deploy = find(ws, DEPLOY) >= 0;
  const hasCondition = clause.condition !== null;
  const base = clause.actorSource === 'subject' ? 0.9 : clause.actorSource === 'speaker' ? 0.85 : 0.7;
  const at = (i: number) => clause.core.from + i;
  const result = (stance: Stance, cue: number, qualifier: Span | null = null, confidence = base): ClauseStance =>
    ({ stance, qualifier, confidence, cue: at(cue) });

  // "ستقدم دعما لوجستيا دون إرسال قوات": support, and the troops are explicitly excluded.
  const without = ws.findIndex((w, i) => WITHOUT.test(w) && ws.slice(i + 1, i + 3).some((x) => DEPLOY.test(x) || TROOPS.test(x)));
  const support = find(ws, SUPPORT);
  if (without >= 0 && support >= 0) return result('support_no_troops', support);

  const notRuledOut = ws.findIndex((w, i) => NEGATION.test(w) && NOT_RULED_OUT_VERB.test(ws[i + 1] ?? ''));
  if (notRuledOut >= 0) return result('conditional', notRuledOut + 1, clause.condition ?? clause.reason);

  const unless = conditionIsUnless(view, clause);
  const negCommit = findNegated(ws, COMMIT);
  if (negCommit >= 0 && (troops || deploy)) {
    return unless ? result('conditional', negCommit, clause.condition, base - 0.1) : result('declined', negCommit, clause.reason, base - 0.1);
  }
  const refuse = findUnnegated(ws, REFUSE);
  // "ستساهم بدعم جوي ومعلومات استخباراتية، مع استبعاده نشر قوات برية": support given, troops refused, one clause.
  const giving = findUnnegated(ws, PROVIDE);
  if (refuse >= 0 && giving >= 0 && giving < refuse && support >= 0 && support > giving && support < refuse) return result('support_no_troops', giving);
  const refusalObject = troops || deploy || find(ws, JOIN) >= 0 || find(ws, COALITION) >= 0;
  if (refuse >= 0 && (refusalObject || context.troops)) return result('declined', refuse, clause.reason, refusalObject ? base : base - 0.1);
  // "ليست معنية بالمشاركة": with troops just spoken of, a negated noun of taking part refuses them too.
  // "لن تكون جزءا من أي قوة أرضية"
  const notPart = ws.findIndex((w, i) => NEGATION.test(w) && ws.slice(i + 1, i + 4).some((x) => PART_OF.test(x)) && ws.slice(i + 1, i + 7).some((x) => TROOPS.test(x)));
  if (notPart >= 0) return result('declined', notPart, clause.reason);
  // "البرتغال قالت لا": a bare no after a speech verb, in a sentence about troops or the coalition.
  if (ws.length >= 2 && /^(?:[وف])?لا$/.test(ws[ws.length - 1]!) && SAID.test(ws[ws.length - 2]!) && (context.troops || context.coalition)) {
    return result('declined', ws.length - 1, null, base - 0.1);
  }
  const negDeploy = troops ? negatedDeployment(ws) : context.troops ? ws.findIndex((w, i) => NEGATION.test(w) && ws.slice(i + 1, i + 4).some((x) => DEPLOY_NOUN.test(x))) : -1;
  if (negDeploy >= 0) {
    return unless ? result('conditional', negDeploy, clause.condition, base - 0.1) : result('declined', negDeploy, clause.reason);
  }

  const offer = findUnnegated(ws, OFFER);
  const commit = findUnnegated(ws, COMMIT);
  // "عرضت استضافة مقر قيادة للقوة": the force only receives what is offered, so the offer is support.
  // "تدريب جنود أوكرانيين"، "مقر قيادة القوة": troops right after a word of support are what is supported.
  const supported = (i: number) => SUPPORT.test(ws[i - 1] ?? '') || STRONG_SUPPORT.test(ws[i - 2] ?? '');
  const troopsSent = ws.some((w, i) => TROOPS.test(w) && !isRecipient(w) && !supported(i) && !ukrainian(view, clause.core.from + i + 1));
  // "تعهدت بتمويل …"، "عرضت تدريب …"، "عرضت أن تستضيف مقرا": what is pledged or offered is itself support.
  const objectOf = (i: number) => (ws[i + 1] === 'ان' ? ws[i + 2] : ws[i + 1]) ?? '';
  const pledgesSupport = [offer, commit].some((i) => i >= 0 && (STRONG_SUPPORT.test(objectOf(i)) || PROVIDE.test(objectOf(i)) || /^(?:ال|ب|ل)?تولي$/.test(objectOf(i))));
  const supportOffered = pledgesSupport || (!troopsSent && find(ws, STRONG_SUPPORT) >= 0);
  if (commit >= 0 && troops && !hasCondition && !supportOffered) return result('troops_committed', commit);
  const pledge = offer >= 0 ? offer : commit;
  if (pledge >= 0 && troops && !supportOffered) return hasCondition ? result('conditional', pledge, clause.condition) : result('troops_offered', pledge);
  // "منفتحة على المشاركة" in a sentence about troops: an offer to take part in the force.
  const offeredPart = offer >= 0 && !supportOffered ? ws.findIndex((w, i) => i > offer && i <= offer + 3 && DEPLOY_NOUN.test(w)) : -1;
  if (offeredPart >= 0 && (context.troops || find(allWords, FORCE) >= 0)) {
    return hasCondition ? result('conditional', offer, clause.condition, base - 0.1) : result('troops_offered', offer, null, base - 0.1);
  }
  const sending = deploymentOfTroops(ws);
  // "إرسال جنود إيطاليين «غير مطروح»": the sending is named, then ruled out.
  const ruledOutAfter = ws.findIndex((w, i) => i > sending && (RULED_OUT.test(w) || (isNegation(ws, i) && ws.slice(i + 1, i + 5).some((x) => RULED_OUT_AFTER_NOT.test(x)))));
  if (sending >= 0 && ruledOutAfter >= 0) return result('declined', ruledOutAfter, clause.reason, base - 0.1);
  if (sending >= 0 && find(ws, ANNOUNCE) >= 0 && ws[sending - 1] === 'عن' && !hasCondition) return result('troops_committed', sending, null, base - 0.1);
  if (sending >= 0) return hasCondition ? result('conditional', sending, clause.condition, base - 0.1) : result('troops_offered', sending, null, base - 0.1);
  // "مشاركة قواتها مرهونة بتفويض"، "ستبحث المشاركة بشرط أن تحصل القوة على تفويض": sending, subject to a condition.
  if (troops && deploy && hasCondition) return result('conditional', find(ws, TROOPS), clause.condition, base - 0.1);
  const sendingNoun = ws.findIndex((w, i) => DEPLOY_NOUN.test(w) && !negatedAt(ws, i));
  if (sendingNoun >= 0 && hasCondition && (context.troops || find(allWords, FORCE) >= 0)) return result('conditional', sendingNoun, clause.condition, base - 0.2);

  const reservation = ws.findIndex((w) => RESERVATION_NOUNS.has(w));
  if (reservation >= 0) return result('conditional', reservation, reservationQualifier(ws, reservation, clause), base - 0.1);

  const forTheForce = support >= 0 && supportsTheForce(view, clause, allWords);
  if (pledge >= 0 && ((forTheForce) || find(ws, PART_OF) >= 0)) return result('support_no_troops', pledge);
  const provide = findUnnegated(ws, PROVIDE);
  if (provide >= 0 && forTheForce) return result('support_no_troops', provide, null, base - 0.1);
  const participate = find(ws, PARTICIPATE) >= 0 ? find(ws, PARTICIPATE) : ws.findIndex((w) => /^(?:[وفب]|بال|ال)?مشاركه$/.test(w));
  const alsoTookPart = context.coalition && find(ws, ALSO) >= 0 && find(ws, TOOK_PART) >= 0;
  if (participate >= 0 && (alsoTookPart || find(allWords, COALITION) >= 0)) return result('participating', participate, null, base - 0.1);
  return null;
}

/** True when a sentence speaks of the coalition's meetings, talks or force. */
export function mentionsCoalition(words: string[]): boolean {
  return find(words, COALITION) >= 0;
}

/** True when a sentence speaks of troops or forces. */
export function mentionsTroops(words: string[]): boolean {
  return find(words, TROOPS) >= 0;
}
