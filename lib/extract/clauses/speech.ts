import { gapBefore, punctuatedBefore, type SentenceView, type Span } from '../text/article-text';
import { clauseWords } from './vocabulary';

/** One part of a clause span: plain narration, who speaks, or what was said (or merely wished or denied). */
export interface SpeechPart {
  span: Span;
  role: 'plain' | 'speaker' | 'content' | 'unreported';
  /** The content opens with a pronoun that is the speaker ("قال إنه"، "أكدت أنها"). */
  pronominal: boolean;
  /** The content is a direct quote (after a colon or an opening quotation mark). */
  quoted: boolean;
}

/** How far after its verb reported speech may open: the speaker's name, title and a relative clause fit. */
const SPEECH_WINDOW = 32;
const MEDIA = /^(?:ل|ب)?(?:صحيفه|وكاله|موقع|قناه|شبكه|مجله|اذاعه|تلفزيون)$/;
const NOT_SPEECH_AN = /^(?:[وف])?(?:دون|بدون|قبل|بعد|لاجل|منذ|حتي)$/;
const NEGATED_VERB = /^(?:[وف])?(?:لم|لا|لن)$/;

interface Opening {
  verb: number;
  content: number;
  pronominal: boolean;
  quoted: boolean;
  unreported: boolean;
}

/** Verbs that name a source next: "نقلت … عن"، "ذكرت …"، "أفادت …". */
const REPORTS_FROM = /^(?:[وف])?(?:نقلت|نقل|ذكرت|ذكر|افادت|افاد|اوردت|اورد|نشرت|نشر)$/;

function speechAt(view: SentenceView, span: Span): Opening | null {
  for (let v = span.from; v < span.to; v++) {
    const word = view.words[v]!;
    const classes = clauseWords.classify(word).classes;
    const wish = classes.has('wish');
    const deny = classes.has('deny');
    if (!wish && !deny && !classes.has('speech') && !classes.has('speechAdjunct')) continue;
    // "أي طلب"، "هذا الإعلان": the noun, not the verb.
    if (/^(?:اي|هذا|هذه|ذلك|تلك)$/.test(view.words[v - 1] ?? '')) continue;
    // "لم يقل إن"، "لا يرى أن": the negation of this verb, not one that ends the clause before a comma ("ولا بعده، مشيرا").
    const negated =
      !punctuatedBefore(view, v) &&
      (NEGATED_VERB.test(view.words[v - 1] ?? '') ||
        (NEGATED_VERB.test(view.words[v - 2] ?? '') && !punctuatedBefore(view, v - 1)));
    for (let c = v + 1; c < Math.min(span.to, v + SPEECH_WINDOW); c++) {
      const at = view.words[c]!;
      const complementiser = clauseWords.classify(at);
      // "دون أن يحدد"، "قبل أن"، "بعد أن": a conjunction of time or manner, not what was said.
      // "…، على أن تحدد حجم المساهمة لاحقا": "provided that", set off by a comma, is no "that" of saying.
      const providedThat = view.words[c - 1] === 'علي' && c - 1 > v + 1 && punctuatedBefore(view, c - 1);
      if (providedThat) break;
      if (complementiser.classes.has('complementiser') && !NOT_SPEECH_AN.test(view.words[c - 1] ?? '')) {
        const suffix = complementiser.readings.get('complementiser')?.suffix ?? '';
        return {
          verb: v,
          content: c + 1,
          pronominal: suffix !== '',
          quoted: false,
          unreported: wish || deny || negated,
        };
      }
      const gap = gapBefore(view, c);
      // "نقلت صحيفة "التلغراف" عن …": a name in quotes after a newspaper opens nothing.
      // "ونقلت «ريا نوفوستي» عن …": the source's name in quotes right after a verb of reporting.
      const sourceName = c <= v + 2 && REPORTS_FROM.test(word);
      if (
        !wish &&
        (gap.includes(':') || (/["“«]/.test(gap) && c <= v + 2 && !MEDIA.test(view.words[c - 1] ?? '') && !sourceName))
      ) {
        return { verb: v, content: c, pronominal: false, quoted: true, unreported: deny || negated };
      }
      // A second verb of saying starts reported speech of its own.
      if (c > v + 1 && clauseWords.has(at, 'speech') && !/^(?:ان|بان)/.test(at)) break;
    }
  }
  return null;
}

/**
 * Peels reported speech, nested up to three deep ("قال المتحدث إن المستشار أكد أن …"), into speaker and content
 * parts. A name and a colon at the start of a span ("ماكرون: 26 دولة …") open its words too.
 */
export function speechParts(view: SentenceView, span: Span): SpeechPart[] {
  const parts: SpeechPart[] = [];
  let rest = span;
  let role: SpeechPart['role'] = 'plain';
  let pronominal = false;
  let quoted = false;
  const opener = view.mentions.find(
    (m) => m.tokenStart <= span.from + 1 && m.tokenStart >= span.from && m.kind !== 'demonym',
  );
  if (opener && opener.tokenEnd < span.to && gapBefore(view, opener.tokenEnd).includes(':')) {
    parts.push({ span: { from: span.from, to: opener.tokenEnd }, role: 'speaker', pronominal: false, quoted: false });
    rest = { from: opener.tokenEnd, to: span.to };
    role = 'content';
    quoted = true;
  }
  for (let depth = 0; depth < 3 && role !== 'unreported'; depth++) {
    const speech = speechAt(view, rest);
    if (!speech || speech.content >= rest.to) break;
    parts.push({ span: { from: rest.from, to: speech.content }, role: 'speaker', pronominal: false, quoted: false });
    rest = { from: speech.content, to: rest.to };
    role = speech.unreported ? 'unreported' : 'content';
    pronominal = speech.pronominal;
    quoted = speech.quoted;
  }
  parts.push({ span: rest, role, pronominal, quoted });
  return parts;
}
