import type { AmountContext } from './kinds';

/**
 * Money and shares near defence spending that are not one country's own defence spending, each with an example
 * of what it leaves out (exclusions.test.ts): aid to Kyiv, purchases, whole state budgets, borrowing, group
 * totals and averages, the alliance's goals, growth rates, sub-budgets of one programme, multi-year plans and a
 * forecast by the reporter.
 */
export interface ExclusionRule {
  id: string;
  example: string;
  excludes: (c: AmountContext) => boolean;
}

const last = (words: readonly string[], n: number) => words.slice(Math.max(0, words.length - n));
const any = (words: readonly string[], re: RegExp) => words.some((w) => re.test(w));

/** Words of money that is not defence spending. */
const NOT_DEFENCE =
  /^(?:[وبل]|لل|ال|بال|وال)?(?:مساعد|معون|منح|اغاث|قروض|قرض|وقود|مبيعات|واردات|صادرات|تصدير|مشتريات|شراء|نفط|الخام|غاز|طاقه|الدخل|دخل|نمو|تضخم|استطلاع|بنيه|تحتيه|بطاله|عاطلين|تحفيز|اقتراض|للاقتراض|ديون|الديون|دين|عجز|صفق)/;
/** "صفقة لشراء منظومات دفاع جوي بقيمة …": the price of an arms deal, not a year's spending. */
const DEAL = /^(?:[وب])?(?:ال)?(?:صفقه|صفقات)$/;
/** "لدعم أوكرانيا"، "لكييف"، "لصالح": money given to Ukraine. */
const FOR_UKRAINE = /^(?:لدعم|لكييف|لاوكرانيا|لصالح|اوكرانيا|الاوكرانيه|واوكرانيا)$/;
/** The alliance's own figure: "هدف الناتو البالغ 5%"، "متوسط الحلف". */
const ALLIANCE = /^(?:[وبل]|لل|ال)?(?:حلف|الحلف|ناتو|الناتو|للحلف|الاطلسي|للناتو)$/;
/** "قادة حلف شمال الأطلسي"، "دول الناتو": the alliance's members together. */
const ALLIANCE_MEMBERS = /^(?:[وبل]|لل|ال)?(?:قاده|زعماء|دول|اعضاء|وزراء)$/;
/** "من أكثر"، "أعلى"، "بين": a superlative or a ranking among the members. */
const COMPARED_WITH = /^(?:من)?(?:اكثر|اعلي|اقل|ادني|ابرز|بين)$/;
const AVERAGE = /^(?:[وبل]|لل|ال|بال|وال)?متوسط$/;
/** Averages, collective figures and the members of a group. */
const GROUP =
  /^(?:[وبل]|لل|ال|بال|وال)?(?:متوسط|معدل|جماعي|جماعيه|اعضاء|الاعضاء|انفاقهم|ميزانياتهم|دول|الدول|حلفاء|الحلفاء)$/;
/** "إنفاقهم الدفاعي": the spending of several, a group's figure whoever speaks of it. */
const THEIR = /^(?:[وبل]|لل|ال|بال|وال)?(?:انفاق|ميزانيات|ميزانيه|ميزاني|نفقات|موازنات)(?:هم)$/;
/** Totals of a whole state budget rather than its defence part. */
const WHOLE_BUDGET = /^(?:[وبل]|لل|ال|بال|وال)?(?:اجمالي|بإجمالي|العامه|الاتحاديه|الحكوميه|الكليه)$/;
/** A word of a whole budget, not "الناتج المحلي الإجمالي" (gross domestic product). */
const wholeBudget = (words: readonly string[], n: number): boolean =>
  words.some(
    (w, i) => i >= words.length - n && WHOLE_BUDGET.test(w) && !/^(?:ال)?(?:محلي|ناتج|قومي)$/.test(words[i - 1] ?? ''),
  );
const DEFENCE_WORD =
  /^(?:[وبل]|لل|ال|بال|وال)?(?:دفاع|الدفاع|دفاعي|الدفاعي|الدفاعيه|عسكري|العسكري|العسكريه|للدفاع|للانفاق)$/;
/** A rate of growth: "بزيادة 8.2%"، "قفزت بنسبة 8.7%". */
const GROWTH =
  /^(?:[وب])?(?:زياده|ارتفاع|نمو|نما|نمت|ينمو|تنمو|قفزت|قفز|زادت|زاد|ارتفعت|ارتفع|تراجع|انخفاض|بزياده|انكماش|انكمش|انكمشت|تباطو|تضخم|التضخم)$/;
/** Allocation to one purpose inside the budget: "خصص مبلغ 100 مليار ين لبناء نظام". */
const PURPOSE = /^ل(?:بناء|تقييم|شراء|تطوير|تحديث|اقتناء|تمويل|زياده)/;
const SUB_BUDGET = /^(?:النظام|البرنامج|المشروع|البند|القطاع)$/;
/** Several years: "على مدى خمس سنوات"، "خلال السنوات العشر". */
const YEARS = /^(?:سنوات|اعوام|السنوات|الاعوام)$/;
const CONTRIBUTED = /^(?:[وف])?(?:ساهمت|ساهم|تساهم|يساهم|تبرعت|تبرع|بمساهمه|مساهمه|بتبرع)$/;
/** Pressure or a demand from someone else: the figure is what is asked, not what the country spends or plans. */
const DEMAND =
  /^(?:[وف])?(?:دعوات|ودعوات|دعوه|ضغط|ضغطت|يضغط|تضغط|طالب|طالبت|يطالب|تطالب|حث|حثت|يحث|تحث|دعا|دعت|يدعو|تدعو|مطالبه|مطالب|ضغوط|ضغوطا|ضغوطات)$/;
/** A goal the country refuses or has not committed to: "رفضها الالتزام بهدف إنفاق 5%". */
const REFUSED = /^(?:[وف])?(?:رفض|رفضها|رفضه|رفضت|ترفض|يرفض|ورفضت|معارضتها|تعارض|يعارض|عارضت|تقاوم|يقاوم|قاومت)$/;
/** A goal the country is let off: "مرونة تعفيها من هدف 3.5%". */
const EXEMPTED =
  /^(?:[وف])?(?:تعفي|يعفي|تعفيها|تعفيه|اعفاء|اعفاءها|اعفاءه|اعفيت|استثناء|استثناءها|استثنيت|معفاه|معفي)$/;
/** The reporter's forecast: "من المتوقع"، "من غير المتوقع". */
const FORECAST = /^(?:المتوقع|يتوقع|تتوقع|يرجح|المرجح)$/;

export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  {
    id: 'not-defence-money',
    example: 'وخصصت الحكومة 0.3 في المئة من الدخل القومي للمساعدات الخارجية، إلى جانب ميزانية الدفاع.',
    excludes: (c) => any([...c.near, ...c.afterNear], NOT_DEFENCE),
  },
  {
    id: 'purchase-deal',
    example:
      'وتبلغ ميزانية الدفاع الفنلندية 6 مليارات يورو، ووقعت الحكومة صفقة لشراء منظومات دفاع جوي أوروبية متطورة بقيمة 3 مليارات يورو.',
    excludes: (c) => c.money && any(last(c.before, 10), DEAL),
  },
  {
    id: 'for-ukraine',
    example: 'ومن المقرر أن تخصص الحكومة من ميزانية الدفاع 7 مليارات يورو لأوكرانيا.',
    excludes: (c) => any([...last(c.before, 8), ...c.after.slice(0, 4)], FOR_UKRAINE),
  },
  {
    id: 'alliance-figure',
    example: 'ولم تبلغ البلاد بعد هدف الناتو البالغ 2% من الناتج للإنفاق الدفاعي.',
    excludes: (c) => any(last(c.before, 3), ALLIANCE) || ALLIANCE.test(c.after[0] ?? ''),
  },
  // "بعدما تعهد قادة حلف شمال الأطلسي برفع الإنفاق إلى 5%": the allies' collective pledge, not one country's.
  {
    id: 'alliance-pledge',
    example: 'وتعهد قادة حلف الناتو في قمتهم برفع الإنفاق على الدفاع إلى 5% من الناتج بحلول 2035.',
    // "من أكثر دول حلف شمال الأطلسي إنفاقا": the members a country is compared with, not a pledge of theirs.
    excludes: (c) =>
      last(c.sentenceBefore, 16).some(
        (w, i, ws) =>
          ALLIANCE_MEMBERS.test(w) && ALLIANCE.test(ws[i + 1] ?? '') && !COMPARED_WITH.test(ws[i - 1] ?? ''),
      ),
  },
  {
    id: 'their-spending',
    example: 'ودعا الرئيس الحلفاء إلى زيادة إنفاقهم الدفاعي إلى 3% من الناتج.',
    excludes: (c) => any(last(c.before, 9), THEIR),
  },
  // "بلغ متوسط إنفاق الحلفاء الأوروبيين وكندا 2.3%": an average is the group's, whoever is named in it.
  {
    id: 'average',
    example: 'وبلغ متوسط إنفاق الحلفاء الأوروبيين وكندا 2.1 في المئة من الناتج العام الماضي.',
    excludes: (c) => any(last(c.before, 8), AVERAGE),
  },
  // "اتفق الحلفاء على هدف جماعي بإنفاق 5%": a collective goal, wherever the summit was held.
  {
    id: 'collective-goal',
    example: 'وفي القمة التي استضافتها مدريد اتفق الحلفاء على هدف جماعي بإنفاق 4% من الناتج بحلول 2032.',
    excludes: (c) => any(last(c.before, 5), /^(?:ال)?جماعي(?:ه)?$/),
  },
  // "أن بلاده «لن تلتزم» بنسبة 5%": a goal a government refuses is not its own.
  {
    id: 'refused-goal',
    example: 'وأكد رئيس الحكومة البرتغالية أن بلاده لن تلتزم بنسبة 5% من الناتج المحلي.',
    excludes: (c) =>
      last(c.before, 5).some(
        (w, i, ws) => /^(?:لن|لا)$/.test(w) && /^(?:تلتزم|نلتزم|يلتزم|تقبل|نقبل|يقبل)$/.test(ws[i + 1] ?? ''),
      ),
  },
  {
    id: 'group-figure',
    example: 'ويبلغ الإنفاق الدفاعي للدول الأعضاء مجتمعة نحو 2% من الناتج.',
    excludes: (c) => !c.countrySubject && any(c.before, GROUP),
  },
  {
    id: 'whole-budget',
    example:
      'وأقر البرلمان الفرنسي ميزانية الدولة للعام المقبل بإجمالي إنفاق يبلغ 500 مليار يورو، بينها مخصصات الدفاع.',
    excludes: (c) =>
      wholeBudget(c.before, 5) && !any(last(c.before, 5), DEFENCE_WORD) && !any(c.afterNear.slice(0, 3), DEFENCE_WORD),
  },
  {
    id: 'sub-budget',
    example: 'وخصص مبلغ 20 مليار ين لبناء نظام جديد للدفاع الساحلي ضمن ميزانية الدفاع.',
    excludes: (c) => PURPOSE.test(c.after[0] ?? '') || any(last(c.before, 4), SUB_BUDGET),
  },
  {
    id: 'multi-year-plan',
    example: 'وتبلغ قيمة خطة الإنفاق الدفاعي اليابانية على مدى خمس سنوات 40 تريليون ين.',
    // "بعد سنوات من التأخر": years past, not the span of a plan. "… على مدى خمس سنوات، فيما تتعهد الحكومة ببلوغ
    // 3.5%": the years of the clause before, across a comma, are not this figure's.
    excludes: (c) =>
      [...c.near, ...c.after.slice(0, 4)].some((w, i, ws) => YEARS.test(w) && ws[i - 1] !== 'بعد') &&
      !any(c.after.slice(0, 2), /^(?:اضافيه|اضافي)$/),
  },
  // "بعد أن ساهمت بعشرين مليون يورو في صندوق …": a donation, not the country's defence spending.
  {
    id: 'contribution',
    example: 'وإلى جانب رفع الإنفاق الدفاعي، ساهمت الحكومة الهولندية بعشرة ملايين يورو في صندوق الذخائر.',
    excludes: (c) => any(last(c.before, 4), CONTRIBUTED),
  },
  {
    id: 'demanded-of-it',
    example: 'وضغطت واشنطن على الحكومة لرفع ميزانية الدفاع إلى 3.5% من الناتج.',
    excludes: (c) => any(c.before, DEMAND),
  },
  {
    id: 'refused-goal',
    example: 'وتواجه الحكومة انتقادات بسبب رفضها الالتزام بهدف إنفاق 5% من الناتج المحلي.',
    excludes: (c) => any(last(c.before, 6), REFUSED),
  },
  {
    id: 'exempted-from-goal',
    example: 'وحصلت البرتغال في القمة على مرونة تعفيها من هدف 3.5 في المئة من الناتج.',
    excludes: (c) => any(last(c.before, 5), EXEMPTED),
  },
  {
    id: 'not-needed',
    example: 'وقالت الحكومة البرتغالية إنها لن تحتاج إلى إنفاق 5% من الناتج على الدفاع.',
    excludes: (c) =>
      last(c.before, 6).some((w, i, ws) => /^(?:تحتاج|يحتاج|نحتاج)$/.test(w) && /^(?:لن|لا)$/.test(ws[i - 1] ?? '')) &&
      // "لن تحتاج إلى أكثر من 2.1%": what it will spend, at most.
      !/^(?:اكثر|اعلي)$/.test(c.before[c.before.length - 2] ?? ''),
  },
  {
    id: 'forecast',
    example: 'ومن المتوقع أن يصل الإنفاق الدفاعي إلى 3% من الناتج في 2027.',
    excludes: (c) => any(c.before, FORECAST),
  },
];

/** Whether a share without "of GDP" is a growth rate ("بزيادة 8.2%"), which is no level, goal or amount added. */
export function isGrowthRate(c: AmountContext): boolean {
  return (
    any(last(c.before, 4), GROWTH) ||
    (/^بنسبه$/.test(c.before[c.before.length - 1] ?? '') && any(last(c.before, 7), GROWTH))
  );
}

/** The first exclusion that applies, or null. */
export function exclusionOf(context: AmountContext): string | null {
  return EXCLUSION_RULES.find((r) => r.excludes(context))?.id ?? null;
}
