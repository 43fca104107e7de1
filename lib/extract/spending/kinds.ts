import type { SpendingKind } from '@/lib/schema/positions';

/** The words around one amount, as the kind and exclusion rules read them. */
export interface AmountContext {
  /** Words before the amount, back to the previous amount (at most `WINDOW`). */
  before: readonly string[];
  /** Up to 30 words of the sentence before the amount, across earlier amounts ("رفع … من X إلى Y، أي من x إلى y"). */
  sentenceBefore: readonly string[];
  /** The amount is money (not a share). */
  money: boolean;
  /** The amount is written with ب ("بمائة مليون"، "بـ5 مليارات"): by how much something changes. */
  by?: boolean;
  /** Words after the amount's unit, up to the next amount (at most `WINDOW`). */
  after: readonly string[];
  /** Words after the amount up to the nearest punctuation or turn of the sentence ("فيما"، "بينما"), at most 6. */
  afterNear: readonly string[];
  /** Words before the amount back to the nearest punctuation (at most 5): what the amount is, as opposed to the clause around it. */
  near: readonly string[];
  /** The figure's clause names a country as its subject ("بولندا التي خصصت 4.48%"), so a group nearby is not its owner. */
  countrySubject: boolean;
  /** The year the figure refers to, if any. */
  year?: number;
  published: number;
}

const MORE_THAN = /^(?:اكثر|اقل|قرابه|اعلي)$/;
const APPROX = /^(?:نحو|حوالي|قرابه|زهاء)$/;
export const WINDOW = 12;

const last = (words: readonly string[], n: number) => words.slice(Math.max(0, words.length - n));
const any = (words: readonly string[], re: RegExp) => words.some((w) => re.test(w));

/**
 * How a figure is read: an amount added, a level spent, or a goal for a year, in order; the first rule that
 * fits decides, and a figure no rule fits is a level. Each example is a sentence of its kind (kinds.test.ts).
 */
export interface KindRule {
  id: string;
  kind: SpendingKind;
  example: string;
  fits: (c: AmountContext) => boolean;
}

const RAISE =
  /^(?:[وفل])?(?:ب|ل)?(?:رفع|زياده|يرفع|ترفع|سترفع|سيرفع|مضاعفه|الوصول|للوصول|لتصل|ليصل|تصل|يصل|ستصل|سيصل|يرتفع|ترتفع|سترتفع|سيرتفع|زيادتها|رفعها)$/;
const TO = /^(?:الي|لتصل|ليصل|لتتجاوز|ليتجاوز|لتبلغ|ليبلغ)$/;
const INCREASE_AFTER = /^(?:اضافيه|اضافي|اضافيا|اخري|اضافيين)$/;
/** A verb of raising before an amount with ب: "ستزيد الميزانية بخمسين مليون". */
const RAISE_BY = /^(?:[وف])?(?:س)?(?:يزيد|تزيد|نزيد|زاد|زادت|زدنا|يرفع|ترفع|نرفع|رفع|رفعت|رفعنا)$/;
const INCREASE_BEFORE =
  /^(?:[وف])?(?:زياده|بزياده|الزياده|زيادات|بمقدار|صندوق|صندوقا|اضاف|اضافت|اضفنا|يضيف|تضيف|نضيف|سيضيف|ستضيف|سنضيف|اضافه|باضافه|بنحو)$/;
/** "مخصصات بنحو 940 مليار ليرة": an allocation of about so much, not a rise by it. */
const ALLOCATION = /^(?:[وف])?(?:ال)?(?:مخصصات|ميزانيه|موازنه|نفقات)$/;
const PACKAGE = /^(?:[وب])?(?:ال)?حزمه$/;
const EXTRA_PLAN = /^(?:[وب])?(?:ال)?(?:خطه|برنامج|صندوق)$/;
const EXTRA = /^(?:ال)?(?:استثناييه|استثنايي|طاريه|طاري|اضافيه|اضافي)$/;
const NOW = /^(?:حاليا|الان|اليوم)$/;
const COMPARED = /^(?:مقارنه|بالمقارنه|قياسا|مقابل)$/;
const GOAL =
  /^(?:[وفبل])?(?:ال)?(?:هدف|هدفا|تستهدف|يستهدف|نستهدف|عتبه|بلوغ|ببلوغ|لبلوغ|تحقيق|ستحقق|سيحقق|ستبلغ|سيبلغ|ستصل|سيصل|سترتفع|سيرتفع|تعهد|تعهدت|تعتزم|يعتزم|طموح)$/;
const FUTURE_VERB = /^(?:[وف])?س(?:ت|ي|ن)(?!ا|و|ط)\S{2,6}$/;
const REACHED =
  /^(?:[وف])?(?:بلغ|بلغت|وصل|وصلت|تجاوز|تجاوزت|سجل|سجلت|انفقت|انفق|تنفق|ينفق|يبلغ|تبلغ|خصصت|خصص|البالغه|البالغ|قدرت|يقدر|تقدر)$/;
const BUDGET = /^(?:[وفبل])?(?:ال)?(?:ميزانيه|موازنه|ميزانيتها|موازنتها)$/;
const PAST_RAISE = /^(?:[وف])?(?:رفعت|زادت|ضاعفت|ارتفعت|ارتفع)$/;

export const KIND_RULES: readonly KindRule[] = [
  {
    id: 'additional',
    kind: 'increase',
    example: 'وخصصت الحكومة الفرنسية 3 مليارات يورو إضافية لميزانية الدفاع في عام 2026.',
    fits: (c) => any(c.after.slice(0, 2), INCREASE_AFTER),
  },
  {
    id: 'additional-before',
    kind: 'increase',
    example: 'وأقرت الحكومة الهولندية تمويلا بقيمة إضافية تقارب 4 مليارات يورو للدفاع حتى عام 2030.',
    fits: (c) => c.money && any(last(c.before, 3), INCREASE_AFTER),
  },
  {
    id: 'level-now',
    kind: 'level',
    example: 'ترفع بلجيكا ميزانية الدفاع إلى 3% من الناتج مقارنة بـ2.2% حاليا.',
    // "التي لا تتجاوز حاليا حوالي 0.5%": now, said before the figure.
    fits: (c) =>
      any(c.after.slice(0, 2), NOW) ||
      any(last(c.before, 3), COMPARED) ||
      (any(last(c.before, 3), NOW) && !any(last(c.before, 3), TO)),
  },
  {
    id: 'raised-to',
    kind: 'target',
    example: 'تعهدت الحكومة السلوفينية برفع الإنفاق الدفاعي إلى 3% من الناتج المحلي بحلول 2030.',
    fits: (c) =>
      TO.test(c.before[c.before.length - 1] ?? '') &&
      any(c.sentenceBefore, RAISE) &&
      !any(last(c.before, 8), PAST_RAISE),
  },
  // "يرفع الإنفاق إلى أكثر من 3%": more than a share is still the share raised to.
  {
    id: 'raised-to-more-than',
    kind: 'target',
    example: 'وقالت الحكومة الليتوانية إن ذلك يرفع الإنفاق الدفاعي إلى أكثر من 5% من الناتج العام المقبل.',
    fits: (c) =>
      MORE_THAN.test(c.before[c.before.length - 2] ?? '') &&
      c.before[c.before.length - 1] === 'من' &&
      TO.test(c.before[c.before.length - 3] ?? '') &&
      any(c.sentenceBefore, RAISE),
  },
  {
    id: 'raised-from',
    kind: 'level',
    example: 'قررت البرتغال رفع الإنفاق الدفاعي من 1.8% من الناتج إلى 2.5% بحلول 2028.',
    // "من نحو 2.4%": the share raised from, said roughly.
    fits: (c) =>
      (c.before[c.before.length - 1] === 'من' ||
        (c.before[c.before.length - 2] === 'من' && APPROX.test(c.before[c.before.length - 1] ?? ''))) &&
      any(c.sentenceBefore, RAISE),
  },
  {
    id: 'money-to-reach-goal',
    kind: 'increase',
    example: 'وأقرت الحكومة الإيطالية خطة بقيمة 10 مليارات يورو لبلوغ هدف 2% هذا العام.',
    // "خطة بقيمة 10 مليارات يورو لرفع الإنفاق الدفاعي إلى 2%": money to raise spending is added to it.
    fits: (c) => c.money && any(c.after.slice(0, 2), /^(?:لبلوغ|للوصول|لتحقيق|لبلوغها|لتصل|ليصل|لرفع|لزياده|لتعزيز)$/),
  },
  {
    id: 'raised-by',
    kind: 'increase',
    example: 'وقال وزير الدفاع الكرواتي إن الحكومة ستزيد ميزانية الدفاع في العام المقبل بخمسين مليون يورو.',
    fits: (c) => c.money && c.by === true && any(last(c.before, 8), RAISE_BY),
  },
  {
    id: 'increase-by',
    kind: 'increase',
    example: 'أعلنت النرويج زيادة قدرها 5 مليارات كرونة نرويجية في ميزانية الدفاع.',
    // "وأضاف أن بولندا تنفق …": "added that" introduces words, it adds no money.
    fits: (c) =>
      last(c.before, 6).some(
        (w, i, ws) =>
          INCREASE_BEFORE.test(w) &&
          !/^(?:ان|بان|انه|انها)$/.test(ws[i + 1] ?? '') &&
          !(w === 'بنحو' && ALLOCATION.test(ws[i - 1] ?? '')),
      ) && !TO.test(c.before[c.before.length - 1] ?? ''),
  },
  {
    id: 'new-package',
    kind: 'increase',
    example: 'أعلن رئيس الوزراء الأسترالي عن حزمة إنفاق عسكري جديدة بقيمة 4 مليارات دولار أسترالي.',
    fits: (c) => any(last(c.before, 6), PACKAGE),
  },
  {
    // "بفضل خطة استثنائية بقيمة 10.47 مليارات يورو": an exceptional or emergency plan is money added.
    id: 'extra-plan',
    kind: 'increase',
    example: 'وبلغ الإنفاق الدفاعي الإسباني 2% بفضل خطة استثنائية بقيمة 8 مليارات يورو أقرتها الحكومة.',
    fits: (c) => last(c.before, 6).some((w, i, ws) => EXTRA_PLAN.test(w) && EXTRA.test(ws[i + 1] ?? '')),
  },
  {
    id: 'by-year',
    kind: 'target',
    example: 'قالت هولندا إن ميزانية الدفاع ستبلغ 2.5% من الناتج بحلول عام 2027.',
    fits: (c) => any(c.after.slice(0, 4), /^بحلول$/) || any(last(c.before, 3), /^بحلول$/),
  },
  {
    id: 'goal',
    kind: 'target',
    example: 'وتستهدف الحكومة الإسبانية تخصيص 2% من الناتج المحلي للإنفاق الدفاعي في نهاية العام الجاري.',
    fits: (c) =>
      any(last(c.before, 9), GOAL) ||
      any(last(c.before, 4), FUTURE_VERB) ||
      any(last(c.before, 12), /^(?:و)?(?:سوف|لن)$/),
  },
  {
    id: 'future-budget',
    kind: 'target',
    example: 'أقر البرلمان الألماني ميزانية الدفاع للعام المقبل عند 60 مليار يورو.',
    fits: (c) => c.year !== undefined && c.year > c.published,
  },
  {
    id: 'raised-already',
    kind: 'level',
    example: 'رفعت الحكومة الكرواتية إنفاقها الدفاعي إلى 2% من الناتج هذا العام.',
    fits: (c) => any(last(c.before, 9), PAST_RAISE),
  },
  {
    id: 'reached',
    kind: 'level',
    example: 'وبلغ الإنفاق الدفاعي لليونان 2.1% من الناتج المحلي العام الماضي.',
    fits: (c) => any(c.before, REACHED) || any(last(c.before, 5), BUDGET),
  },
];

/** The kind of a figure: the first rule that fits, else a level. */
export function figureKind(context: AmountContext): { kind: SpendingKind; rule: string } {
  const rule = KIND_RULES.find((r) => r.fits(context));
  return rule ? { kind: rule.kind, rule: rule.id } : { kind: 'level', rule: 'default-level' };
}
