import type { Stance } from '@/lib/schema/stance';
import type { Clause, SentenceView, Span } from './clauses';
import {
  ALSO, COALITION, COMMIT, DEPLOY, JOIN, LIMITING, PROVIDE, TOOK_PART, WITHOUT, NEGATION, NOT_RULED_OUT_VERB, OFFER, PARTICIPATE, PART_OF, REFUSE, SUPPORT,
  TROOPS,
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

const NEGATION_WINDOW = 4;

const negatedAt = (ws: string[], i: number): boolean => [ws[i - 1], ws[i - 2]].some((w) => w !== undefined && NEGATION.test(w));
const find = (ws: string[], re: RegExp): number => ws.findIndex((w) => re.test(w));
const findUnnegated = (ws: string[], re: RegExp): number => ws.findIndex((w, i) => re.test(w) && !negatedAt(ws, i));
const findNegated = (ws: string[], re: RegExp): number => ws.findIndex((w, i) => re.test(w) && negatedAt(ws, i));

/** A negation followed closely by sending or troops: "لن يتم نشر قوات"، "لا يمكنهم تزويد القوات" — but not "لن تقتصر على القوات". */
function negatedDeployment(ws: string[]): number {
  return ws.findIndex((w, i) => NEGATION.test(w) && !LIMITING.test(ws[i + 1] ?? '')
    && ws.slice(i + 1, i + 1 + NEGATION_WINDOW).some((x) => DEPLOY.test(x) || TROOPS.test(x)));
}

/** The words after "هو/هي" in "التحفظ الرئيسي … هو مشاركة الولايات المتحدة" state the condition itself. */
function reservationQualifier(ws: string[], at: number, clause: Clause): Span {
  const copula = ws.findIndex((w, i) => i > at && /^(?:هو|هي|يتمثل|تتمثل|يكمن|تكمن)$/.test(w));
  return { from: clause.core.from + (copula >= 0 ? copula + 1 : at + 1), to: clause.condition?.to ?? clause.core.to };
}

/**
 * Decides the stance a clause states for its actors from the roles of its words. The order of the checks is the
 * order of precedence: a door left open, then refusals, then pledges and offers, then support short of troops,
 * then mere participation. `coalitionContext` says the previous sentence was about the coalition's meeting or
 * force, so a bare "شاركت … أيضا" (took part too) refers to it.
 */
export function classifyClause(view: SentenceView, clause: Clause, coalitionContext = false): ClauseStance | null {
  const ws = view.tokens.slice(clause.core.from, clause.core.to).map((t) => t.text);
  const troops = find(ws, TROOPS) >= 0;
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

  const negCommit = findNegated(ws, COMMIT);
  if (negCommit >= 0 && (troops || deploy)) return result('declined', negCommit, clause.reason, base - 0.1);
  const refuse = findUnnegated(ws, REFUSE);
  if (refuse >= 0 && (troops || find(ws, JOIN) >= 0 || find(ws, COALITION) >= 0)) return result('declined', refuse, clause.reason);
  const negDeploy = troops ? negatedDeployment(ws) : -1;
  if (negDeploy >= 0) return result('declined', negDeploy, clause.reason);

  const offer = findUnnegated(ws, OFFER);
  const commit = findUnnegated(ws, COMMIT);
  if (commit >= 0 && troops && !hasCondition) return result('troops_committed', commit);
  const pledge = offer >= 0 ? offer : commit;
  if (pledge >= 0 && troops) return hasCondition ? result('conditional', pledge, clause.condition) : result('troops_offered', pledge);

  const reservation = ws.findIndex((w) => RESERVATION_NOUNS.has(w));
  if (reservation >= 0) return result('conditional', reservation, reservationQualifier(ws, reservation, clause), base - 0.1);

  if (pledge >= 0 && (support >= 0 || find(ws, PART_OF) >= 0)) return result('support_no_troops', pledge);
  const provide = findUnnegated(ws, PROVIDE);
  if (provide >= 0 && support >= 0) return result('support_no_troops', provide, null, base - 0.1);
  const participate = find(ws, PARTICIPATE);
  const allWords = view.tokens.slice(clause.core.from, Math.max(clause.core.to, clause.condition?.to ?? 0, clause.reason?.to ?? 0)).map((t) => t.text);
  const alsoTookPart = coalitionContext && find(ws, ALSO) >= 0 && find(ws, TOOK_PART) >= 0;
  if (participate >= 0 && (alsoTookPart || find(allWords, COALITION) >= 0)) return result('participating', participate, null, base - 0.1);
  return null;
}

/** True when a sentence speaks of the coalition's meetings, talks or force. */
export function mentionsCoalition(words: string[]): boolean {
  return find(words, COALITION) >= 0;
}
