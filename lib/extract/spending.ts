import type { SpendingUnit } from '@/lib/schema/positions';
import { clauseExtent, type Clause, type SentenceView } from './clauses';
import type { Mention } from './recognize';
import { GROUP_NOUNS } from './lexicon/cues';
import { stems } from './tokenize';
import { describeAmounts, excludedAmount, readAmounts, UNRESOLVED_KRONE, type Figure } from './figures';

/** The krone a country pays in: "كرونة" alone says no more. */
const KRONE: Record<string, SpendingUnit> = { NOR: 'NOK', DNK: 'DKK', SWE: 'SEK', ISL: 'ISK', CZE: 'CZK' };

/** Nouns of defence spending, whose complement may name its country: "الإنفاق الدفاعي لبولندا"، "ميزانية الدفاع الفرنسية". */
const SPENDING_NOUN = /^(?:[وبل]|ال|بال|لل|وال)?(?:انفاق|نفقات|ميزاني|موازن|مخصصات)/;
/** How many words after a spending noun its country may follow ("الإنفاق الدفاعي في المملكة المتحدة"). */
const COMPLEMENT_WINDOW = 4;

export interface OwnedFigure { iso3: string; figure: Figure }

const usable = (m: Mention | undefined): m is Mention => m !== undefined && !m.conflictParty;

/** "إنفاقهم الدفاعي": the spending of several, a group's figure. */
const PLURAL_POSSESSIVE = /(?:هم|هما|كم)$/;

/** The spending noun before an amount, and the country named right after it, if any. */
function spendingNoun(view: SentenceView, amountAt: number): { plural: boolean; owner?: Mention } {
  const { words } = view;
  let cue = -1;
  for (let i = amountAt - 1; i >= 0 && cue < 0; i--) if (SPENDING_NOUN.test(words[i]!)) cue = i;
  if (cue < 0) return { plural: false };
  const owner = view.mentions.find((m) => usable(m) && m.tokenStart > cue && m.tokenStart <= cue + COMPLEMENT_WINDOW && m.tokenStart < amountAt);
  return { plural: PLURAL_POSSESSIVE.test(words[cue]!), ...(owner ? { owner } : {}) };
}

/** The subject a clause without one continues: the clause before it in the sentence, or the previous sentence. */
function carriedOwner(clauses: Clause[], index: number, previousActors: Mention[]): Mention | undefined {
  for (let k = index - 1; k >= 0; k--) {
    const actor = clauses[k]!.actors.find((a) => !a.conflictParty);
    if (actor) return actor;
  }
  return previousActors.find((a) => !a.conflictParty);
}

/** Trade, aid and the economy: a clause about them is not about defence spending. */
const NOT_SPENDING_TOPIC = /^(?:[وبل]|لل|ال|بال|وال)?(?:شراء|نفط|غاز|واردات|مساعد|نمو|تضخم|اقتصاد|استطلاع)/;

/**
 * "تبلغ نسبة الإنفاق الدفاعي في إستونيا ولاتفيا وليتوانيا 3.4% و3.7% و4% … على التوالي": as many countries as
 * figures, in the same order.
 */
function respectiveOwners(view: SentenceView, figures: Figure[]): Map<Figure, Mention> {
  const out = new Map<Figure, Mention>();
  const words = view.words.join(' ');
  if (figures.length < 2 || !/علي التوالي/.test(words)) return out;
  const first = figures[0]!.span.from;
  const named = view.mentions.filter((m) => usable(m) && m.tokenEnd <= first && first - m.tokenEnd <= 8);
  const owners = named.filter((m, i) => named.findIndex((o) => o.iso3 === m.iso3) === i);
  if (owners.length !== figures.length) return out;
  figures.forEach((f, i) => out.set(f, owners[i]!));
  return out;
}

/** "58% من الأستراليين": a share of people, a poll, not of GDP. */
function ofPeople(view: SentenceView, after: number): boolean {
  return view.words[after] === 'من' && view.mentions.some((m) => m.tokenStart === after + 1 && m.kind === 'demonym');
}

function groupBefore(view: SentenceView, at: number): boolean {
  return view.words.slice(Math.max(0, at - 4), at).some((w) => stems(w).some((s) => GROUP_NOUNS.has(s.stem)));
}

/**
 * The defence-spending figures of a sentence already known to speak of defence spending, each with the country
 * it belongs to: the one the spending noun names, else the subject of its clause, else the subject carried over
 * from before ("وتعتزم رفع النسبة إلى 5 في المئة"). Aid, trade, averages, the alliance's own goals, groups of
 * countries and figures without a country are left out.
 */
export function sentenceSpending(view: SentenceView, clauses: Clause[], previousActors: Mention[], published: string, continued = false): OwnedFigure[] {
  const { words } = view;
  const year = Number(published.slice(0, 4));
  const amounts = readAmounts(words);
  const figures = describeAmounts(words, amounts, year);
  const out: OwnedFigure[] = [];
  const paired = respectiveOwners(view, figures);
  for (const figure of figures) {
    if (excludedAmount(words, figure.span) || ofPeople(view, figure.span.to)) continue;
    const at = figure.span.from;
    const index = clauses.findIndex((c) => at >= c.core.from && at < clauseExtent(c).to);
    const clause = clauses[index];
    // A sentence that only continues the last one on spending ("ببلوغ 2%") must not be about trade or aid anywhere.
    if (continued && clause && words.slice(clause.core.from, clause.core.to).some((w) => NOT_SPENDING_TOPIC.test(w))) continue;
    const noun = spendingNoun(view, at);
    if (clause?.groupSubject || groupBefore(view, at) || (noun.plural && !noun.owner)) continue;
    const owner = paired.get(figure) ?? noun.owner ?? clause?.actors.find((a) => !a.conflictParty) ?? (index >= 0 ? carriedOwner(clauses, index, previousActors) : undefined);
    if (!owner) continue;
    const unit = figure.unit === UNRESOLVED_KRONE ? KRONE[owner.iso3] : figure.unit;
    if (!unit) continue;
    out.push({ iso3: owner.iso3, figure: { ...figure, unit } });
  }
  return out;
}
