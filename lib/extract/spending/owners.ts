import { gapBefore, type SentenceView } from '../text/article-text';
import type { Mention } from '../recognize/countries';
import type { Clause } from '../clauses/types';
import type { Amount } from './amounts';

/** What the owner rules see: the sentence, its clauses and amounts, which amount, and what came before. */
export interface OwnerContext {
  view: SentenceView;
  clauses: readonly Clause[];
  amounts: readonly Amount[];
  index: number;
  /** The owner of the article's previous figure. */
  lastOwner: string | null;
  /** Every country the article has named so far, in order. */
  history: readonly string[];
  /** The countries of this sentence that may own a figure. */
  candidates: readonly Mention[];
}

const own = (m: Mention | undefined): m is Mention => m !== undefined && !m.conflictParty && !m.dateline;
const SPENDING_NOUN = /^(?:[وبل]|ال|بال|لل|وال)?(?:انفاق|نفقات|ميزاني|موازن|مخصصات)/;
const ALLOCATED = /^(?:[وب])?(?:ال)?(?:مخصصه|مخصص|مخصصا)$/;
const NOUN_REACH = 8;
const COMPLEMENT_REACH = 4;

/**
 * Who a figure belongs to, by the first rule that finds someone: the country named right before "(4 بالمئة)";
 * countries listed "على التوالي"; money "مخصصة للولايات المتحدة"; the country the spending noun names
 * ("الإنفاق الدفاعي لبولندا"، "ميزانية الدفاع الفرنسية"); the subject of the figure's clause, or of an earlier one;
 * the previous figure's owner; the one country the article names.
 */
export const OWNER_RULES: readonly { id: string; find: (c: OwnerContext) => string | null }[] = [
  {
    id: 'named-before-parenthesis',
    find: ({ view, amounts, index }) => {
      const amount = amounts[index]!;
      if (!amount.parenthesised) return null;
      const m = view.mentions.find((x) => x.tokenEnd === amount.span.from);
      return own(m) ? m.iso3 : null;
    },
  },
  {
    id: 'respectively',
    find: ({ view, amounts, index }) => {
      if (amounts.length < 2 || !/علي التوالي/.test(view.words.join(' '))) return null;
      const first = amounts[0]!.span.from;
      const named = view.mentions.filter((m) => own(m) && m.tokenEnd <= first);
      const distinct = named.filter((m, i) => named.findIndex((o) => o.iso3 === m.iso3) === i);
      return distinct.length === amounts.length ? distinct[index]!.iso3 : null;
    },
  },
  {
    id: 'allocated-to',
    find: ({ view, amounts, index }) => {
      const end = amounts[index]!.span.to;
      if (!ALLOCATED.test(view.words[end] ?? '')) return null;
      const m = view.mentions.find((x) => x.tokenStart > end && x.tokenStart <= end + 2);
      return own(m) ? m.iso3 : null;
    },
  },
  {
    id: 'spending-noun-names-it',
    find: ({ view, amounts, index }) => {
      const at = amounts[index]!.span.from;
      for (let i = at - 1; i >= Math.max(0, at - NOUN_REACH); i--) {
        if (!SPENDING_NOUN.test(view.words[i]!)) continue;
        const m = view.mentions.find(
          (x) =>
            x.tokenStart > i &&
            x.tokenStart <= i + COMPLEMENT_REACH &&
            x.tokenStart < at &&
            !/[،,]/.test(gapBefore(view, x.tokenStart)),
        );
        return own(m) ? m.iso3 : null;
      }
      return null;
    },
  },
  {
    id: 'clause-subject',
    find: ({ clauses, amounts, index, candidates }) => {
      const at = amounts[index]!.span.from;
      const k = clauses.findIndex((c) => at >= c.span.from && at < c.span.to);
      // "وتأتي تصريحات لكسون … لرفع الإنفاق الدفاعي، الذي يدور حول 1%": a subject carried over from the sentences
      // before gives way to the one country this sentence names, when that is another.
      // (By name, leader or seat: "التسليم الأمريكي" qualifies a thing and names no one.)
      const named = [...new Set(candidates.filter((m) => m.kind !== 'demonym').map((m) => m.iso3))];
      const inSentence = new Set(candidates.map((m) => m.iso3));
      for (let j = k; j >= 0; j--) {
        const holder = clauses[j]!.holder;
        if (!holder?.countries.length) continue;
        const carried =
          holder.source === 'inherited' && named.length === 1 && !holder.countries.some((c) => inSentence.has(c));
        return carried ? named[0]! : holder.countries[0]!;
      }
      return null;
    },
  },
  {
    id: 'only-country-of-sentence',
    find: ({ candidates }) => {
      const distinct = [...new Set(candidates.map((m) => m.iso3))];
      return distinct.length === 1 ? distinct[0]! : null;
    },
  },
  { id: 'previous-figure', find: ({ lastOwner }) => lastOwner },
  { id: 'only-country', find: ({ history }) => (history.length === 1 ? history[0]! : null) },
];

export function ownerOf(context: OwnerContext): { iso3: string; rule: string } | null {
  for (const rule of OWNER_RULES) {
    const iso3 = rule.find(context);
    if (iso3) return { iso3, rule: rule.id };
  }
  return null;
}
