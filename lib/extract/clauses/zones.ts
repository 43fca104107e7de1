import type { SentenceView, Span } from '../text/article-text';
import { punctuatedBefore } from '../text/article-text';
import { PhraseSet } from '../text/phrases';
import type { Zone, ZoneKind } from './types';

/**
 * Words that open a condition or a reason, by kind. Order matters only within a position: the longest phrase
 * that matches wins ("إذا لزم الأمر" is `ifNeeded`, "إذا" alone is `if`).
 */
const OPENERS: Record<ZoneKind, string[]> = {
  ifNeeded: [
    'إذا لزم الأمر',
    'اذا لزم الامر',
    'إن لزم الأمر',
    'عند الحاجة',
    'إذا دعت الحاجة',
    'إذا اقتضت الضرورة',
    'إذا طلب منها',
    'إذا طلب منا',
    'إذا ما طلب',
    'متى طلب',
  ],
  if: [
    'إذا',
    'اذا',
    'لو',
    'في حال',
    'في حالة',
    'حال',
    'حالما',
    'بمجرد',
    'فور',
    'عندما',
    'متى',
    'بعد التوصل',
    'بعد توقيع',
    'بعد وقف',
    'بعد انتهاء',
    'بعد إبرام',
    'بعد إعلان',
    'بعد تحقيق',
    'بعد أي',
    'بعد اتفاق',
    'عقب التوصل',
    'عقب توقيع',
    'عقب وقف',
    'فور التوصل',
    'في اليوم التالي',
    'بمجرد التوصل',
    'في إطار اتفاق',
    'في إطار وقف',
    'ضمن اتفاق',
  ],
  requirement: [
    'شريطة',
    'بشرط',
    'شرط',
    'بشرطين',
    'بشروط',
    'مرهون',
    'مرهونة',
    'مرهونا',
    'رهن',
    'رهنا',
    'مشروط',
    'مشروطة',
    'مشروطا',
    'يتوقف على',
    'تتوقف على',
    // "أي مشاركة بجنود ستمر حكما عبر مجلس النواب": the way any deployment must go.
    'ستمر عبر',
    'ستمر حكما عبر',
    'ستمر حتما عبر',
    'يجب أن تمر عبر',
    'لا بد أن تمر عبر',
    'سيتوقف على',
    'ستتوقف على',
    'يعتمد على',
    'تعتمد على',
    'ستعتمد على',
    'سيعتمد على',
    'يعتمد',
    'تعتمد',
    'تستوجب',
    'يستوجب',
    'يتطلب',
    'تتطلب',
    'سيتطلب',
    'ستتطلب',
    'يستلزم',
    'تستلزم',
    'يحتاج إلى',
    'تحتاج إلى',
    'بعد الحصول على',
    'ما لم',
    'إلا إذا',
    'إلا بعد',
    'يجب أولا',
    'ينبغي أولا',
    'لا بد من',
    'لا بد أولا',
    'على أن يكون',
    'على أن',
    'طالما',
    'ما دام',
    'ما دامت',
    'يتعلق',
    'يرتبط',
    'مرتبط',
    'مرتبطة',
    'تخضع',
    'يخضع',
    'خاضعة',
    'خاضع',
    'تشترط',
    'يشترط',
  ],
  exception: [
    'دون',
    'بدون',
    'من دون',
    'إلا',
    'قبل أن',
    'قبل التوصل',
    'قبل وقف',
    'قبل توقيع',
    'قبل انتهاء',
    'قبل إبرام',
    'حتى يتم',
    'حتى تتوقف',
    'حتى يتوقف',
    'حتى تصمت',
    'حتى يتحقق',
    'حتى تنتهي',
    'حتى ينتهي',
  ],
  reason: [
    'بسبب',
    'نظرا',
    'لأن',
    'لأنه',
    'لأنها',
    'لأنهم',
    'لكون',
    'لكونها',
    'كونها',
    'كونه',
    'بحجة',
    'بدعوى',
    'بداعي',
    'خوفا',
    'جراء',
    'بفعل',
    'بالنظر إلى',
    'مستشهدة',
    'مستشهدا',
    'مستشهدين',
    'مستشهدتين',
    'مستشهدتان',
    'متذرعة',
    'متذرعا',
    'متذرعين',
    'متذرعتين',
    'معللة',
    'معللا',
    'معللين',
    'مستندة',
    'مستندا',
    'مستندين',
    'مستندتين',
    'مستندتان',
    'بحكم',
  ],
  past: [
    'بعد أن كان',
    'بعد أن كانت',
    'بعد أن كانوا',
    'بعدما كان',
    'بعدما كانت',
    'بعدما كانوا',
    'بعد أن رفض',
    'بعد أن رفضت',
    'بعدما رفضت',
    'بعدما رفض',
    'وبعد أن كان',
    'وبعد أن كانت',
    'وبعد أن كانوا',
    'وبعدما كان',
    'وبعدما كانت',
    'وبعد أن رفضت',
    'وبعدما رفضت',
  ],
};
/** The verb that says where the holder stands now, after a `past` zone: "باتت"، "أصبحت"، "صارت"، "غيرت". */
const NOW = /^(?:[وف])?(?:بات|باتت|اصبح|اصبحت|صار|صارت|غير|غيرت|عدل|عدلت|تراجع|تراجعت|تبدي|يبدي|تعلن|يعلن)$/;

/** Phrases of attendance or leadership that close a condition before them. */
const ATTENDANCE = /^(?:و)?(?:بمشاركه|بحضور|بقياده|برياسه)$/;

// "سيتوقف إلى حد بعيد على"، "تعتمد بدرجة كبيرة على": how much it depends, said between the verb and its object.
for (const verb of ['يتوقف', 'تتوقف', 'سيتوقف', 'ستتوقف', 'يعتمد', 'تعتمد', 'سيعتمد', 'ستعتمد'])
  for (const degree of ['إلى حد بعيد', 'إلى حد كبير', 'بدرجة كبيرة', 'بشكل كبير', 'أساسا', 'أساسًا'])
    OPENERS.requirement.push(`${verb} ${degree} على`);

const KINDS = Object.keys(OPENERS) as ZoneKind[];
const SETS = new Map(KINDS.map((k) => [k, new PhraseSet(OPENERS[k])]));
/** Every opener of any kind: one look a word, the kinds only where something opens. */
const ANY_OPENER = new PhraseSet(KINDS.flatMap((k) => OPENERS[k]));

/** Words after which "دون" and "إلا" are part of what is said, not a condition: "دعم دون إرسال قوات". */
const SENDING_AFTER = /^(?:ال|ب|و)?(?:ارسال|نشر|مشاركه|قوات|جنود|ايفاد)/;
/** "إلا أن" is "however" and "إلا" before a verb "except that"; only "إلا" with a noun or ب is an exception. */
const HOWEVER = /^(?:ان|انه|انها|انهم)$/;
/** "حال" opens a condition only before a verbal noun ("حال التوصل"), not as "في كل الأحوال". */
const VERBAL_NOUN_AFTER_HAL = /^(?:ال)?(?:توصل|تخصيص|تطلب|وقف|توقيع|انتهاء|تحقيق|تشكيل|موافقه|اتفاق|حصول)/;
/** The ف that answers a condition: "فيجب"، "فإن"، "فسوف"، "فلن" (not the ف of فرنسا or فنلندا). */
const APODOSIS = /^ف(?:ان|ي|ت|س|قد|هي|هو|لا|لن|ل)/;
/** "لأن" before a present verb means "to" ("لأن تكون جزءا"), not "because". */
const PRESENT_VERB = /^[يتن]\S{2,4}$/;

function openerAt(view: SentenceView, i: number): { kind: ZoneKind; length: number } | null {
  if (!ANY_OPENER.at(view.words, i)) return null;
  let best: { kind: ZoneKind; length: number } | null = null;
  for (const kind of KINDS) {
    const length = SETS.get(kind)!.at(view.words, i);
    if (length > (best?.length ?? 0)) best = { kind, length };
  }
  if (!best) return null;
  const word = view.words[i]!.replace(/^[وف]/, '');
  const next = view.words[i + best.length] ?? '';
  if ((word === 'دون' || word === 'بدون' || word === 'من') && best.kind === 'exception' && SENDING_AFTER.test(next))
    return null;
  if (word === 'الا' && best.length === 1 && HOWEVER.test(next)) return null;
  if (word === 'حال' && best.length === 1 && !VERBAL_NOUN_AFTER_HAL.test(next)) return null;
  // "شدد على أن": after a verb "على أن" is "that"; set off by a comma it is "provided that".
  if (word === 'علي' && best.length === 2 && !punctuatedBefore(view, i)) return null;
  // "طالما أنا رئيس": a term of office, not a condition anyone can meet.
  if (word === 'طالما' && /^(?:انا|بقيت|بقي|ظل|ظللت|ظلت|بقيت)$/.test(next)) return null;
  // "لأنها تحتاج": with a pronoun it is "because" whatever follows.
  if (word === 'لان' && PRESENT_VERB.test(next)) return null;
  // "على أن يبقى التفويض ساريا لمدة عام واحد": how long a decision holds is a term of it, not a condition.
  if (
    best.kind === 'requirement' &&
    view.words.slice(i + best.length, i + best.length + 6).some((w) => /^(?:ل|ب)?(?:مده|ساريا|ساري|ساريه)$/.test(w))
  )
    return null;
  // "على أن تحدد حجم المساهمة لاحقا": the size or form of the part, left for later, is a term too.
  if (
    word === 'علي' &&
    best.kind === 'requirement' &&
    view.words.slice(i + best.length, i + best.length + 3).some((w) => /^(?:حجم|عدد|تفاصيل|طبيعه|شكل)$/.test(w))
  )
    return null;
  // "لا يرتبط بحجم المشاركة الأمريكية": a condition denied is none.
  if (best.kind === 'requirement' && /^(?:[وف])?(?:لا|لن|ليس|ليست|لم)$/.test(view.words[i - 1] ?? '')) return null;
  // "لا قبل وقف إطلاق النار ولا بعده"، "لا الآن ولا بعد انتهاء الحرب": neither … nor widens a refusal, sets no condition.
  if (neitherNor(view.words, i)) return null;
  // "تحدثوا بشرط عدم الكشف عن هويتهم": a source's anonymity, not a condition of any position.
  if (best.kind === 'requirement' && /^عدم$/.test(next) && /^الكشف$/.test(view.words[i + best.length + 1] ?? ''))
    return null;
  return best;
}

/** Whether word i is a member of "لا … ولا …" (neither … nor): after "ولا" that answers a "لا", or after a "لا" answered. */
function neitherNor(words: readonly string[], i: number): boolean {
  const previous = words[i - 1] ?? '';
  if (previous === 'ولا') return words.slice(Math.max(0, i - 9), i - 1).includes('لا');
  if (previous === 'لا') return words.slice(i + 1, i + 10).includes('ولا');
  return false;
}

/**
 * The condition and reason zones of a clause span. A zone that opens the clause ("إذا قررت تركيا نشر قوات، فيجب…")
 * ends at the first comma or at the word with ف that answers it; any other runs to the next zone or the span's end.
 */
export function findZones(view: SentenceView, span: Span): Zone[] {
  const zones: Zone[] = [];
  for (let i = span.from; i < span.to; i++) {
    const opener = openerAt(view, i);
    if (!opener) continue;
    const previous = zones[zones.length - 1];
    // "لأن الجيش يحتاج إلى كل جندي": what the reason's own subject needs is the reason, not a condition.
    if (opener.kind === 'requirement' && previous?.kind === 'reason' && previous.to > i && i - previous.from <= 3)
      continue;
    if (previous && previous.to > i) previous.to = i;
    const coordinated = view.mentions.find(
      (m) =>
        m.tokenStart > i &&
        m.tokenStart < span.to &&
        m.clitic.startsWith('و') &&
        !m.prepositional &&
        !view.mentions.some((o) => o.tokenEnd === m.tokenStart),
    );
    // "… بشروط وبرن تغلق الباب": a new subject joined with و ends the condition.
    let to = coordinated ? coordinated.tokenStart : span.to;
    // "…، لبحث الضمانات بعد أي اتفاق لوقف إطلاق النار، بمشاركة رئيس الوزراء الكندي": who took part is outside it.
    for (let k = i + opener.length; k < to; k++) {
      if (punctuatedBefore(view, k) && ATTENDANCE.test(view.words[k]!)) {
        to = k;
        break;
      }
    }
    if (opener.kind === 'past') {
      for (let k = i + opener.length; k < to; k++) {
        if (NOW.test(view.words[k]!) || (k > i + opener.length + 1 && punctuatedBefore(view, k))) {
          to = k;
          break;
        }
      }
    }
    // "النمسا، بحكم وضعها كدولة محايدة، لن ترسل …": a reason set off by commas is an aside; the clause resumes after it.
    if (opener.kind === 'reason' && i > span.from && punctuatedBefore(view, i)) {
      for (let k = i + opener.length; k < to; k++) {
        if (!punctuatedBefore(view, k)) continue;
        // Only where the predicate follows; "، على التوالي" (respectively) still belongs to the reason.
        if (RESUMED_PREDICATE.test(view.words[k]!)) to = k;
        break;
      }
    }
    if (i === span.from || (i <= span.from + 1 && /^[وف]/.test(view.words[span.from]!))) {
      for (let k = i + opener.length; k < span.to; k++) {
        if (punctuatedBefore(view, k) || (APODOSIS.test(view.words[k]!) && k > i + opener.length)) {
          to = k;
          break;
        }
      }
    }
    zones.push({ from: i, to, kind: opener.kind });
    i += opener.length - 1;
  }
  return withUnmetRequirements(view, withoutDeploymentTiming(view, withoutDeploymentLimits(view, zones)));
}

/** "غير متوافر"، "غير متاح"، "لا يتوفر": said of a requirement, it is not met. */
const UNMET = /^(?:غير|لا)$/;
const AVAILABLE = /^(?:متوافر|متوفر|متاح|متاحه|متوافره|متوفره|ممكن|ممكنه|قايم|يتوفر|يتوافر|تتوفر|تتوافر)$/;

/**
 * "نشر قوات خارج الحدود يحتاج إلى موافقة ثلثي البرلمان، وهو أمر غير متوافر": a requirement the speaker says is
 * not met explains a refusal; it is the reason, not a condition still open.
 */
function withUnmetRequirements(view: SentenceView, zones: Zone[]): Zone[] {
  return zones.map((z) => {
    if (z.kind !== 'requirement') return z;
    for (let k = z.to; k < Math.min(view.words.length - 1, z.to + 6); k++) {
      if (UNMET.test(view.words[k]!) && AVAILABLE.test(view.words[k + 1]!)) return { ...z, kind: 'reason' };
    }
    return z;
  });
}

/** What resumes a clause after an aside: a negation or a verb in the future or present. */
const RESUMED_PREDICATE = /^(?:[وف])?(?:لن|لا|لم|ليس|ليست|قد|س[تين]\S{2,}|[تي]\S{3,})$/;

/** "خطوط التماس"، "خط المواجهة"، "الجبهة": the front line. */
const FRONT = /^(?:خطوط|خط|الجبهه|الجبهات)$/;
const FRONT_OF = /^(?:التماس|المواجهه|القتال|الجبهه|النار)$/;

/**
 * "…، على أن تعمل السرية في مناطق بعيدة عن خطوط التماس"، "على أن يتم ذلك من خارج الأراضي الأوكرانية": where the
 * offered troops or help will serve limits the offer; it is no condition the country waits for.
 */
function withoutDeploymentLimits(view: SentenceView, zones: Zone[]): Zone[] {
  return zones.filter((z) => {
    if (z.kind !== 'requirement') return true;
    for (let k = z.from; k < z.to; k++) {
      const word = view.words[k]!.replace(/^[وفب]/, '');
      if ((FRONT.test(word) && FRONT_OF.test(view.words[k + 1] ?? '')) || /^الجبهه$/.test(word)) return false;
      // "على أن يتم ذلك من خارج الأراضي الأوكرانية": from outside Ukraine is where, not a condition.
      if (/^خارج$/.test(word) && /^(?:الاراضي|اراضي|اوكرانيا)$/.test(view.words[k + 1] ?? '')) return false;
    }
    return true;
  });
}

/** "تُنشر"، "ينتشروا"، "تنتقل": the force deploying, as in "على أن تُنشر فور …". */
const DEPLOYS = /^(?:ي|ت)(?:نشر|نتشر|نتشروا|نشروا|نتقل|بدا)$/;

/**
 * "قررت تخصيص سرية، على أن تُنشر فور دخول وقف إطلاق النار حيز التنفيذ": "on the understanding that it deploys as
 * soon as …" only says when; the condition, if any, is the one that follows. The requirement gives way to it.
 */
function withoutDeploymentTiming(view: SentenceView, zones: Zone[]): Zone[] {
  return zones.filter((z, k) => {
    const next = zones[k + 1];
    if (z.kind !== 'requirement' || !next || next.from !== z.to || z.to - z.from > 3) return true;
    return !(view.words[z.from] === 'علي' && DEPLOYS.test(view.words[z.to - 1] ?? ''));
  });
}

export const inZone = (zones: readonly Zone[], i: number): Zone | undefined =>
  zones.find((z) => i >= z.from && i < z.to);
