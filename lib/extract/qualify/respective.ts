import type { ArticleText, SentenceView, Span } from '../text/article-text';
import { reasonIn, type Reason } from './reason-in';

const RESPECTIVELY = /علي التوالي/;

/**
 * "X and Y … citing A and B respectively": the i-th country gets the i-th reason. The parts are found by the
 * countries named in the reason ("من بيلاروسيا وتركيا على التوالي": one shared category, each its own country),
 * or else by the repeated preposition that opens each part ("بالحدود الطويلة مع روسيا وبالحياد العسكري").
 */
export function respectiveReasons(
  article: ArticleText,
  view: SentenceView,
  span: Span,
  holders: readonly string[],
): Map<string, Reason> | null {
  const words = view.words.slice(span.from, span.to);
  if (holders.length < 2 || !RESPECTIVELY.test(words.join(' '))) return null;
  const out = new Map<string, Reason>();
  const named = view.mentions.filter(
    (m) => m.tokenStart >= span.from && m.tokenEnd <= span.to && !holders.includes(m.iso3),
  );
  if (named.length === holders.length) {
    const shared = reasonIn(article, view, span, '');
    if (!shared) return null;
    const lead = article.slice(view, { from: span.from, to: named[0]!.tokenStart }).text;
    holders.forEach((iso3, i) => {
      const m = named[i]!;
      const name = article.slice(view, { from: m.tokenStart, to: m.tokenEnd }).text.slice(m.clitic.length);
      out.set(iso3, { code: shared.code, text: `${lead} ${name}`.trim(), names: [m.iso3] });
    });
    return out;
  }
  // The part opener repeated after و: a preposition ("إلى … وإلى …") or the clitic of the first word ("بالحدود … وبالحياد …").
  const first = view.words[span.from]!;
  // The preposition letter, with or without the article: "بالحياد … وبقيود …".
  const clitic = /^[بل]/.exec(first)?.[0];
  const opens = (word: string) =>
    word === `و${first}` || (clitic !== undefined && word.startsWith(`و${clitic}`) && word.length > 4);
  const cuts = [span.from];
  for (let i = span.from + 1; i < span.to; i++) if (opens(view.words[i]!)) cuts.push(i);
  if (cuts.length !== holders.length) return null;
  holders.forEach((iso3, i) => {
    const reason = reasonIn(article, view, { from: cuts[i]!, to: cuts[i + 1] ?? span.to }, iso3);
    if (reason) out.set(iso3, reason);
  });
  return out.size === holders.length ? out : null;
}
