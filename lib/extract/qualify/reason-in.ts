import type { ReasonBody, ReasonCode } from '@/lib/schema/stance';
import type { ArticleText, SentenceView, Span } from '../text/article-text';
import { phraseRegExp, reasonMatch } from './reasons';

export interface Reason {
  code: ReasonCode;
  text: string;
  names?: string[];
}

/**
 * The reason category of a stretch of a sentence, read with the holder's own names masked: a country cannot be
 * its own condition ("لن ترسل واشنطن قوات" gives the US no "US backstop" reason).
 */
export function reasonIn(article: ArticleText, view: SentenceView, span: Span, holder: string): Reason | null {
  if (span.to <= span.from) return null;
  const masked = titleWords(view, span);
  const words = view.words.slice(span.from, span.to).map((w, k) => {
    const i = span.from + k;
    return masked.has(i) || view.mentions.some((m) => m.iso3 === holder && i >= m.tokenStart && i < m.tokenEnd)
      ? '_'
      : w;
  });
  const code = reasonMatch(words.join(' '));
  if (!code) return null;
  const text = article.slice(view, span).text.replace(/^[\s،,:"«“]+|[\s،,.:"»”]+$/g, '');
  if (!text) return null;
  const names = reasonNames(view, span, holder);
  return names.length ? { code, text, names } : { code, text };
}

/** A minister or ministry: the words of its portfolio that follow are a title, not a reason. */
const MINISTRY = /^(?:[وف])?(?:ل|ب)?(?:ال)?(?:وزير|وزيره|وزاره|وزارات|وزراء|وزيري|وزيرا)$/;

/** "وزير الدفاع الوطني"، "وزارة الأمن الداخلي": the portfolio after a minister or ministry, up to two words. */
function titleWords(view: SentenceView, span: Span): Set<number> {
  const out = new Set<number>();
  for (let i = span.from; i < span.to; i++) {
    if (!MINISTRY.test(view.words[i]!)) continue;
    for (let k = i + 1; k <= i + 2 && k < span.to && view.words[k]!.startsWith('ال'); k++) out.add(k);
  }
  return out;
}

/** Bodies a reason may name, by the phrases that name them (each word with its clitics, as reason cues are read). */
const BODIES: readonly { id: ReasonBody; re: RegExp[] }[] = [
  { id: 'un_security_council', phrases: ['مجلس الأمن'] },
  { id: 'un', phrases: ['الأمم المتحدة', 'أممي', 'أممية'] },
  { id: 'bundestag', phrases: ['البوندستاغ'] },
  { id: 'congress', phrases: ['الكونغرس'] },
  { id: 'nato', phrases: ['الناتو', 'حلف شمال الأطلسي'] },
  { id: 'eu', phrases: ['الاتحاد الأوروبي'] },
].map(({ id, phrases }) => ({ id: id as ReasonBody, re: phrases.map(phraseRegExp) }));

/** The countries (other than the holder) and bodies named in the reason: "من بيلاروسيا"، "تفويض من مجلس الأمن". */
export function reasonNames(view: SentenceView, span: Span, holder: string): string[] {
  const names: string[] = [];
  for (const m of view.mentions) {
    if (m.tokenStart >= span.from && m.tokenEnd <= span.to && m.iso3 !== holder && !names.includes(m.iso3))
      names.push(m.iso3);
  }
  const text = view.words.slice(span.from, span.to).join(' ');
  for (const body of BODIES) {
    if (body.re.some((re) => re.test(text)) && !(body.id === 'un' && names.includes('un_security_council')))
      names.push(body.id);
  }
  return names;
}
