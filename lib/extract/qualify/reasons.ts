import type { ReasonCode } from '@/lib/schema/stance';
import { normalizeTerm } from '../text/normalize';
import { nounPatternSource } from '../text/morphology';
import { BoundedCache } from '../text/bounded-cache';

/**
 * Categories of why a country refuses or on what it conditions its troops. Each cue is a phrase in ordinary
 * spelling; "…" stands for up to two words in between ("وقف … إطلاق النار" matches "وقف دائم لإطلاق النار"), and
 * every word may carry clitics and endings (morphology.ts). The category whose cue appears first in the text
 * wins. Each rule's example is a reason as the news phrases it; reasons.test.ts checks them all.
 */
export interface ReasonRule {
  code: ReasonCode;
  cues: string[];
  example: string;
}

export const REASON_RULES: readonly ReasonRule[] = [
  {
    code: 'rules_of_engagement_required',
    cues: ['قواعد … الاشتباك', 'قواعد اشتباك'],
    example: 'شريطة الاتفاق على قواعد اشتباك واضحة',
  },
  {
    code: 'parliament_approval_required',
    cues: [
      'تفويض … البرلمان',
      'تفويض … البوندستاغ',
      'تفويض برلماني',
      'تفويض … مجلس النواب',
      'البرلمان',
      'برلماني',
      'مجلس النواب',
      'البوندستاغ',
      'الكونغرس',
      'مجلس الشيوخ',
      'الجمعية الوطنية',
      'مجلس العموم',
      'تصويت',
      'المشرعين',
      'السيم',
      'النواب',
    ],
    example: 'وأن الكلمة الأخيرة في أي انتشار خارجي تعود إلى البرلمان',
  },
  {
    code: 'legal_basis_required',
    cues: [
      'الأساس القانوني',
      'أساس قانوني',
      'تفويض',
      'مجلس الأمن',
      'الأمم المتحدة',
      'أممي',
      'القانون الدولي',
      'إطار قانوني',
      'إطارها القانوني',
      'القيود القانونية',
      'قيود قانونية',
      'الشرعية الدولية',
      'غطاء قانوني',
      'دستوري',
      'الدستور',
      'ميثاق',
    ],
    example: 'بشرط أن تحصل البعثة على تفويض من مجلس الأمن الدولي',
  },
  {
    code: 'us_backstop_required',
    cues: [
      'الولايات المتحدة',
      'أمريكي',
      'أميركي',
      'واشنطن',
      'backstop',
      'مظلة … أمريكية',
      'شبكة أمان',
      'ضمان مدعوم',
      'دعم أمريكي',
    ],
    example: 'على أن تقدم الولايات المتحدة غطاء جويا للقوة',
  },
  {
    code: 'home_defence',
    cues: [
      'الدفاع عن … أراضي',
      'الدفاع عن … حدود',
      'حماية … الحدود',
      'حماية … حدود',
      'حراسة … الحدود',
      'الدفاع الوطني',
      'الدفاع عن نفسها',
      'ضرورية للدفاع',
      'ضروري للدفاع',
      'الجناح الشرقي',
      'الأمن الوطني',
      'أمنها الداخلي',
      'حدود … مع روسيا',
      'الحدود المشتركة',
      'مطلوبة في الداخل',
      'الدفاع عن',
      'للدفاع',
      'أمن … حدود',
      'حماية مواطنيها',
      'حماية مواطنيه',
      'حماية المواطنين',
      'مكان … الجيش',
    ],
    example: 'لأن جيشها يحتاج إلى حماية الحدود الشرقية',
  },
  {
    code: 'neighbour_threat',
    cues: [
      'تهديد',
      'تهديدات',
      'الجار الروسي',
      'جارتها',
      'جارها',
      'جيرانها',
      'الجوار',
      'مجاورة',
      'الخطر',
      'خطر',
      'مخاوف',
      'أطماع',
      'العدوان',
      'الوجود العسكري',
      'احتلال',
      'حدودها المشتركة',
      'حدود مشتركة',
      'كيلومترا مع روسيا',
    ],
    example: 'بسبب التهديد الذي تشكله روسيا على حدودها',
  },
  {
    code: 'ceasefire_required',
    cues: [
      'وقف … إطلاق النار',
      'وقف … إطلاق نار',
      'وقف … لإطلاق النار',
      'اتفاق … سلام',
      'اتفاق السلام',
      'اتفاق نهائي',
      'انتهاء … الحرب',
      'انتهاء … القتال',
      'هدنة',
      'تصمت المدافع',
      'توقف … القتال',
      'المعارك مستمرة',
      'تسوية',
      'حل تفاوضي',
      'وجود سلام',
      'العملية التفاوضية',
      'رؤية السلام',
      'وقف الأعمال القتالية',
      'نهاية الحرب',
      'اتفاق … لوقف',
    ],
    example: 'في حال التوصل إلى وقف دائم لإطلاق النار',
  },
  {
    code: 'capacity_limits',
    cues: [
      'قدرات … محدودة',
      'القدرات المتاحة',
      'محدودية',
      'نقص',
      'قيود … الميزانية',
      'عجز الميزانية',
      'لا تملك',
      'لا يملك',
      'لا نملك',
      'العدد الكافي',
      'استنزاف',
      'الإمكانات',
      'إمكانات',
      'إمكاناتها',
      'حجم الجيش',
      'جيش صغير',
      'لا … جيش',
      'ممدودة',
      'أقصى حد',
      'أقصى طاقة',
      'منهكة',
      'نقصا',
      'ممدود',
      'الجيش … الصغير',
      'مستنزفة',
      'طاقتها القصوى',
      'محدودة',
      'قدراتها',
      'لا فائض',
      'فوق طاقتها',
      'فوق طاقته',
      'موزعة … على مهام',
      'منتشرة … في مهام',
      'لا تتسع',
    ],
    example: 'نظرا لمحدودية قدرات جيشها الصغير',
  },
  {
    code: 'neutrality',
    // "حريصة على علاقات متوازنة مع الطرفين": balanced between the parties is neutrality in all but the word.
    cues: ['حياد', 'الحياد', 'محايدة', 'محايد', 'علاقات متوازنة', 'مسافة واحدة'],
    example: 'بحكم حيادها العسكري المنصوص عليه في الدستور',
  },
  // Reasons outside the categories, named so that they still count as a reason given.
  {
    code: 'other',
    cues: [
      'ليست حربنا',
      'ليست حربهم',
      'حروب الآخرين',
      'الرأي العام',
      'لن يقبل',
      'استفتاء',
      'الشارع',
      'الأسئلة',
      'أسئلة',
      'وافق … التحالف',
      'مهمة واضحة',
      'أهداف … دقيقة',
      'تكليف',
      'تصعيد',
      'إلى حرب',
      'الانجرار',
      'مواجهة مباشرة',
      'رفض شعبي',
      'معارضة شعبية',
      'معارضة داخلية',
      'غالبية … المواطنين',
      'أغلبية … المواطنين',
      'غالبية … ترفض',
      'أغلبية … ترفض',
      // "لأن ذلك سيقوض علاقاتها مع روسيا ويجعلها طرفا في الصراع".
      'علاقات … مع',
      'طرفا في',
      'طرف في الصراع',
    ],
    example: 'لأن هناك أسئلة كثيرة يجب الإجابة عنها أولا',
  },
  {
    code: 'strategic_priorities',
    cues: [
      'أولوية',
      'الأولوية',
      'أولويات',
      'مهام أخرى',
      'التركيز على',
      'المحيط الهادئ',
      'منطقة المحيط',
      'مصلحة',
      'مصالح',
      'المصلحة الوطنية',
    ],
    example: 'مشيرة إلى أن أولويتها هي منطقة المحيط الهادئ',
  },
];

function cuePattern(cue: string): string {
  return cue
    .split(' ')
    .map((word) => (word === '…' ? '(?:\\S+\\s+){0,2}?' : `${nounPatternSource(normalizeTerm(word))}\\s+`))
    .join('')
    .replace(/\\s\+$/, '(?=\\s|$|[.,،"])');
}

/** A phrase in ordinary spelling as an expression over normalised text, each word with its clitics and endings. */
export function phraseRegExp(phrase: string): RegExp {
  return new RegExp(`(?:^|\\s)${cuePattern(phrase)}`);
}

/** The letters every match of a cue contains: its longest word without the article or a final ta marbuta. */
const cueKey = (cue: string): string =>
  cue
    .split(' ')
    .filter((w) => w !== '…')
    .map((w) =>
      normalizeTerm(w)
        .replace(/^ال(?=\S{3})/, '')
        .replace(/ه$/, ''),
    )
    .sort((x, y) => y.length - x.length)[0]!;

/** Cues that name that there is a reason more than which: "أولويتنا …" is about whatever the priority is. */
const WEAK_CUES: ReadonlySet<string> = new Set(['أولوية', 'الأولوية', 'أولويات']);

// One expression per cue, run only when the cue's key occurs in the text: most clauses name no reason at all, and
// of those that do, only a few cues can match.
const CUES = REASON_RULES.flatMap((rule) =>
  rule.cues.map((cue) => ({
    code: rule.code,
    key: cueKey(cue),
    re: phraseRegExp(cue),
    weak: WEAK_CUES.has(cue),
  })),
);

/** The reason category normalised text names first, or null when it names none. `except` leaves one out. */
export function reasonMatch(normalizedText: string, except?: ReasonCode): ReasonCode | null {
  return MATCHES.get(`${except ?? ''}|${normalizedText}`, () => firstReason(normalizedText, except));
}

/** The same stretch of text is read for reasons more than once (own zone, later clause, second pass). */
const MATCHES = new BoundedCache<ReasonCode | null>(20_000);

function firstReason(normalizedText: string, except?: ReasonCode): ReasonCode | null {
  let best: { code: ReasonCode; at: number } | null = null;
  let weak: { code: ReasonCode; at: number } | null = null;
  let neutral = false;
  for (const cue of CUES) {
    if (cue.code === except || !normalizedText.includes(cue.key)) continue;
    const match = cue.re.exec(normalizedText);
    if (!match) continue;
    // "قال أمام البرلمان": a venue, not a vote the country waits for.
    if (cue.code === 'parliament_approval_required' && /امام\s*$/.test(normalizedText.slice(0, match.index + 1)))
      continue;
    // "بمنظومات للدفاع الجوي": air or missile defence is equipment, not the defence of the country's own ground.
    if (
      cue.code === 'home_defence' &&
      /^\s*(?:ال)?(?:جوي|صاروخي)/.test(normalizedText.slice(match.index + match[0].length))
    )
      continue;
    if (cue.code === 'neutrality') neutral = true;
    // Earliest mention wins: "قواعد الاشتباك ... والأساس القانوني" is first about rules of engagement; on a tie the
    // rule listed first. A weak cue ("أولوية") gives way to what the priority is ("الدفاع عن حدودها").
    if (cue.weak) {
      if (!weak || match.index < weak.at) weak = { code: cue.code, at: match.index };
    } else if (!best || match.index < best.at) best = { code: cue.code, at: match.index };
  }
  // "لأن دستور البلاد ينص على الحياد": the constitution is where the neutrality is written; the reason is neutrality.
  if (best?.code === 'legal_basis_required' && neutral) return 'neutrality';
  return (best ?? weak)?.code ?? null;
}
