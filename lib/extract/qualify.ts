import type { Position } from '@/lib/schema/positions';
import type { ReasonCode } from '@/lib/schema/stance';
import type { ArticleText } from './article-text';
import type { Clause, SentenceView, Span } from './clauses';
import { normalizeArabic } from './normalize';
import { reasonCode, reasonMatch } from './reasons';

type Reason = NonNullable<Position['reason']>;

const RESPECTIVELY = /علي التوالي/;
const words = (view: SentenceView, span: Span): string[] => view.words.slice(span.from, span.to);

/** The article's words of a zone, trimmed of punctuation; empty when the zone holds none. */
function zoneText(article: ArticleText, view: SentenceView, span: Span): string {
  return article.slice(view, span).text.replace(/^[\s،,]+|[\s،,.]+$/g, '');
}

/** The words of a condition or reason zone, trimmed of punctuation, with their category. */
export function qualifierReason(article: ArticleText, view: SentenceView, span: Span | null): Reason | undefined {
  if (!span || span.to <= span.from) return undefined;
  const text = zoneText(article, view, span);
  return text ? { code: reasonCode(words(view, span).join(' ')), text } : undefined;
}

/** A qualifier only if its words name a reason cue (a category, or a named reason outside them). */
export function recognisedReason(article: ArticleText, view: SentenceView, span: Span | null): Reason | undefined {
  if (!span || span.to <= span.from) return undefined;
  const code = reasonMatch(words(view, span).join(' '));
  const text = code ? zoneText(article, view, span) : '';
  return code && text ? { code, text } : undefined;
}

/**
 * Splits "X and Y … citing A and B respectively" so that the i-th actor gets the i-th reason: by the countries
 * named in the reason ("من بيلاروسيا وتركيا على التوالي"), or else at the repeated preposition that opens each
 * part ("إلى طول الحدود … وإلى الحياد …، على التوالي").
 */
export function respectiveReasons(article: ArticleText, view: SentenceView, qualifier: Span, actors: string[]): Map<string, Reason> | null {
  if (actors.length < 2 || !RESPECTIVELY.test(words(view, qualifier).join(' '))) return null;
  const out = new Map<string, Reason>();
  const named = view.mentions.filter((m) => m.tokenStart >= qualifier.from && m.tokenEnd <= qualifier.to);
  if (named.length === actors.length) {
    const prefix = article.slice(view, { from: qualifier.from, to: named[0]!.tokenStart }).text;
    actors.forEach((iso3, i) => {
      const m = named[i]!;
      const name = article.slice(view, { from: m.tokenStart, to: m.tokenEnd }).text.slice(m.clitic.length);
      const text = `${prefix} ${name}`.trim();
      out.set(iso3, { code: reasonCode(words(view, qualifier).join(' ')), text });
    });
    // Each text names its own country; the category comes from the shared words.
    return out;
  }
  const first = view.tokens[qualifier.from + 1]?.text;
  if (!first) return null;
  // The part opener: a preposition ("إلى … وإلى …") or the clitic of the first word ("بالحدود … وبالحياد …").
  const clitic = /^(?:بال|لل|ب|ل)/.exec(first)?.[0];
  const opens = (word: string) => word === `و${first}` || (clitic !== undefined && word.startsWith(`و${clitic}`) && word.length > clitic.length + 3);
  const cuts = [qualifier.from + 1];
  for (let i = qualifier.from + 2; i < qualifier.to; i++) if (opens(view.tokens[i]!.text)) cuts.push(i);
  if (cuts.length !== actors.length) return null;
  actors.forEach((iso3, i) => {
    const span = { from: cuts[i]!, to: cuts[i + 1] ?? qualifier.to };
    const reason = qualifierReason(article, view, span);
    if (reason) out.set(iso3, reason);
  });
  return out.size === actors.length ? out : null;
}

/** Categories that state a reason wherever they appear in a refusal ("الحياد يمنع سويسرا من المشاركة"). */
const SELF_EVIDENT: ReadonlySet<ReasonCode> = new Set(['neutrality', 'capacity_limits', 'home_defence', 'strategic_priorities', 'neighbour_threat']);

/**
 * A refusal or condition whose own clause gives no reason may give it elsewhere in the sentence: in its own words
 * before the verb ("الحياد يمنع سويسرا…"), or in a later clause about the same countries ("… لكنه أوضح أن إرسال
 * الجنود سيبقى مرهونا بتفويض"). Only a recognised category is taken; a clause of other countries never is.
 */
export function sentenceReason(article: ArticleText, view: SentenceView, clauses: Clause[], index: number, actors: string[]): Reason | undefined {
  const own = clauses[index]!;
  for (let k = index + 1; k < clauses.length; k++) {
    const later = clauses[k]!;
    const others = later.actors.some((a) => !a.conflictParty && !actors.includes(a.iso3));
    if (others) break;
    const reason = recognisedReason(article, view, later.condition ?? later.reason ?? later.core);
    if (reason) return reason;
  }
  const core = recognisedReason(article, view, own.core);
  if (core && SELF_EVIDENT.has(core.code)) return core;
  // "قال إن الجيش التشيكي «ليس لديه العدد الكافي من الجنود»، مضيفا: «لن نرسل قوات»": a reason said just before.
  for (let k = index - 1; k >= 0; k--) {
    const earlier = clauses[k]!;
    if (earlier.actors.some((a) => !a.conflictParty && !actors.includes(a.iso3))) break;
    const reason = recognisedReason(article, view, earlier.core);
    // "دول مجاورة لروسيا" describes a country; only a stated limit, neutrality or priority is a reason given before.
    if (reason && SELF_EVIDENT.has(reason.code) && reason.code !== 'neighbour_threat') return reason;
  }
  return undefined;
}

/**
 * An offer whose condition comes in a later clause about the same countries: "قد يشاركون في مهام غير قتالية،
 * لكن ذلك مشروط بتفويض من الأمم المتحدة". Returns that condition, which makes the offer conditional.
 */
export function laterCondition(article: ArticleText, view: SentenceView, clauses: Clause[], index: number, actors: string[]): Reason | undefined {
  for (let k = index + 1; k < clauses.length; k++) {
    const later = clauses[k]!;
    if (later.actors.some((a) => !a.conflictParty && !actors.includes(a.iso3))) break;
    if (later.condition) return qualifierReason(article, view, later.condition);
  }
  return undefined;
}

/** A reason as it applies to one country: the US cannot make a US backstop its own condition or reason. */
export function reasonFor(iso3: string, reason: Reason | undefined): Reason | undefined {
  if (!reason || iso3 !== 'USA' || reason.code !== 'us_backstop_required') return reason;
  return { ...reason, code: reasonMatch(normalizeArabic(reason.text).text, 'us_backstop_required') ?? 'other' };
}
