import type { SpendingKind, SpendingUnit } from '@/lib/schema/positions';
import type { Span } from './clauses';
import { normalizeTerm } from './normalize';

/** An amount read from a sentence: its value, unit, token range, kind and the year it refers to. */
export interface Figure {
  kind: SpendingKind;
  value: number;
  unit: SpendingUnit;
  year?: number;
  /** Token range of the amount and its unit. */
  span: Span;
}

const n = normalizeTerm;
const NUMBER_WORDS = new Map<string, number>([
  ['واحد', 1], ['اثنان', 2], ['اثنين', 2], ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5],
  ['ست', 6], ['ستة', 6], ['سبع', 7], ['سبعة', 7], ['ثماني', 8], ['ثمانية', 8], ['تسع', 9], ['تسعة', 9], ['عشر', 10], ['عشرة', 10],
  ['نصف', 0.5], ['ربع', 0.25],
].map(([k, v]) => [n(k as string), v as number]));
const SCALES = new Map<string, number>([
  ['ألف', 1e3], ['آلاف', 1e3], ['مليون', 1e6], ['ملايين', 1e6], ['مليار', 1e9], ['مليارا', 1e9], ['مليارات', 1e9], ['بليون', 1e9],
  ['تريليون', 1e12], ['تريليونات', 1e12], ['ترليون', 1e12],
].map(([k, v]) => [n(k as string), v as number]));

/** Placeholder unit for a krone whose country the sentence must tell (Norway, Denmark, Sweden…). */
export const UNRESOLVED_KRONE = 'KRONE' as SpendingUnit;

/** The currency a word names; `next` is the word after it, for "دولار كندي" or "كرونة نرويجية". */
type CurrencyReader = (word: string, next: string) => { unit: SpendingUnit; words: number } | null;
const KRONE_BY_ADJECTIVE: [RegExp, SpendingUnit][] = [[/^نرويج/, 'NOK'], [/^دنمارك|^دانمارك/, 'DKK'], [/^سويد/, 'SEK'], [/^ايسلند/, 'ISK'], [/^تشيك/, 'CZK']];
const DOLLAR_BY_ADJECTIVE: [RegExp, SpendingUnit][] = [[/^كند/, 'CAD'], [/^استرال/, 'AUD'], [/^نيوزيلند/, 'NZD'], [/^امريك|^اميرك/, 'USD']];
const readCurrency: CurrencyReader = (word, next) => {
  // "وون" is the won itself, not و + ون.
  const w = word === 'وون' || word === 'الوون' ? 'وون' : word.replace(/^(?:ب|و|وب)?(?:ال)?/, '');
  if (/^(?:جنيه|جنيها|باوند|استرليني)/.test(w)) return { unit: 'GBP', words: /^استرليني/.test(next) ? 2 : 1 };
  if (/^(?:يورو)$/.test(w)) return { unit: 'EUR', words: 1 };
  if (/^(?:دولار|دولارا|دولارات)$/.test(w)) {
    const hit = DOLLAR_BY_ADJECTIVE.find(([re]) => re.test(next));
    return { unit: hit?.[1] ?? 'USD', words: hit ? 2 : 1 };
  }
  if (/^(?:كرونه|كرونا|كرون|كرونات)$/.test(w)) {
    const hit = KRONE_BY_ADJECTIVE.find(([re]) => re.test(next));
    return hit ? { unit: hit[1], words: 2 } : { unit: UNRESOLVED_KRONE, words: 1 };
  }
  if (/^(?:ين)$/.test(w)) return { unit: 'JPY', words: 1 };
  if (/^(?:وون)$/.test(w)) return { unit: 'KRW', words: 1 };
  if (/^(?:زلوتي|زلوتيات)$/.test(w)) return { unit: 'PLN', words: 1 };
  if (/^(?:فرنك|فرنكات)$/.test(w) && /^سويسر/.test(next)) return { unit: 'CHF', words: 2 };
  if (/^(?:ليره|ليرات)$/.test(w) && /^ترك/.test(next)) return { unit: 'TRY', words: 2 };
  if (/^(?:فورنت)$/.test(w)) return { unit: 'HUF', words: 1 };
  return null;
};

const PERCENT_SIGN = /^%$/;
const PERCENT_WORDS = /^(?:بالمايه|بالميه|المايه|الميه)$/;

function parseNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  // "1,000" groups thousands; "2,5" is a decimal comma.
  if (/^\d{1,3}(?:,\d{3})+$/.test(word)) return Number(word.replace(/,/g, ''));
  if (/^\d+[.,]\d+$/.test(word)) return Number(word.replace(',', '.'));
  return NUMBER_WORDS.get(word.replace(/^و/, '')) ?? null;
}

const isYear = (word: string): boolean => /^(?:19|20)\d\d$/.test(word);

/** Every amount of a sentence with a unit: a share of GDP ("2.5%"، "3 في المئة") or money ("6 مليارات جنيه"). */
export function readAmounts(tokens: string[]): { value: number; unit: SpendingUnit; span: Span }[] {
  // "3.4% و3.7% و4%": a number may carry the conjunction.
  const words = tokens.map((w) => w.replace(/^و(?=\d)/, ''));
  const out: { value: number; unit: SpendingUnit; span: Span }[] = [];
  for (let i = 0; i < words.length; i++) {
    // "2%" is one token, "3.5 %" two.
    const glued = /^(\d+(?:[.,]\d+)?)%$/.exec(words[i]!);
    if (glued) {
      out.push({ value: Number(glued[1]!.replace(',', '.')), unit: 'pct_gdp', span: { from: i, to: i + 1 } });
      continue;
    }
    let base = parseNumber(words[i]!);
    let j = i + 1;
    // "مليار يورو" without a number is one billion.
    if (base === null && SCALES.has(words[i]!.replace(/^ب/, '')) && i > 0 && !parseNumber(words[i - 1]!)) {
      base = 1;
      j = i;
    }
    if (base === null || isYear(words[i]!)) continue;
    let value = base;
    const scale = SCALES.get(words[j] ?? '');
    if (scale) {
      value *= scale;
      j++;
    }
    let unit: SpendingUnit | null = null;
    if (PERCENT_SIGN.test(words[j] ?? '') || PERCENT_WORDS.test(words[j] ?? '')) {
      unit = 'pct_gdp';
      j++;
    } else if (words[j] === 'في' && PERCENT_WORDS.test(words[j + 1] ?? '')) {
      unit = 'pct_gdp';
      j += 2;
    } else if (/^نقطه$/.test(words[j] ?? '') && /^مي?ويه$/.test(words[j + 1] ?? '')) {
      unit = 'pct_gdp';
      j += 2;
    } else {
      const currency = readCurrency(words[j] ?? '', words[j + 1] ?? '');
      if (currency) {
        unit = currency.unit;
        j += currency.words;
      }
    }
    if (!unit) continue;
    out.push({ value: Math.round(value * 1e6) / 1e6, unit, span: { from: i, to: j } });
    i = j - 1;
  }
  return out;
}

const INCREASE = /^(?:زياده|بزياده|وزياده|زيادات|اضافيه|اضافي|بمقدار|صندوق|صندوقا)$/;
const TARGET = /^(?:[وف])?(?:هدف|الهدف|هدفا|بحلول|للوصول|الوصول|بلوغ|لبلوغ|ببلوغ|عتبه|تعتزم|يعتزم|تعهد|تعهدت|تتعهد|يتعهد|ستبلغ|سيبلغ|سترتفع|سيرتفع|ترتفع|يرتفع|ستصل|سيصل)$/;
const RAISE = /^(?:رفع|برفع|لرفع|يرفع|ترفع|سترفع|زياده)$/;
const REACHED = /^(?:[وف])?(?:بلغ|بلغت|وصل|وصلت|تجاوز|تجاوزت|يتجاوز|سجل|سجلت|انفقت|انفق|تنفق|ينفق|يبلغ|تبلغ|حاليا)$/;
/** "بلغت هذا العام عتبة 2 في المئة": a threshold reached is a level, unless an intention comes with it. */
const PAST_REACHED = /^(?:[وف])?(?:بلغ|بلغت|وصل|وصلت|تجاوز|تجاوزت|سجل|سجلت)$/;
const INTENT = /^(?:[وف])?(?:تعتزم|يعتزم|تعهد|تعهدت|تخطط|يخطط|تسعي|يسعي|ستبلغ|سيبلغ|بحلول)$/;
/** A verb in the future ("ستكتفي بإنفاق 2.1 في المئة"): the figure is a goal. */
const FUTURE_VERB = /^(?:[وف])?س(?:ت|ي|ن)(?!ا|و|ط)\S{2,6}$/;
const PAST_RAISE = /^(?:[وف])?(?:رفعت|زادت|ضاعفت|ارتفعت|ارتفع)$/;
/** "مقارنة بنحو 2.4% هذا العام": the figure a goal is compared with is the present level. */
const COMPARED = /^(?:مقارنه|بالمقارنه|قياسا)$/;
const THIS_YEAR = /(?:^| )(?:ل?هذا العام|ل?هذه السنه|(?:لل|ل|ال)(?:عام|سنه) (?:الجاري|الحالي|الجاريه|الحاليه)|السنه الماليه الحاليه)(?: |$)/;
const LAST_YEAR = /(?:^| )(?:لل|ل|ال)(?:عام الماضي|سنه الماضيه)(?: |$)/;
const NEXT_YEAR = /(?:^| )(?:لل|ل|ال)(?:عام المقبل|عام القادم|سنه المقبله|سنه القادمه)(?: |$)/;
const THAT_YEAR = /(?:^| )(?:ذلك العام|تلك السنه)(?: |$)/;

/** How many words from an amount its year may stand ("… في الإنفاق الدفاعي في المملكة المتحدة بحلول عام 2027"). */
const YEAR_WINDOW = 12;

/** The year a stretch of words refers to: an explicit year, or "this/last/next year" relative to publication. */
function yearIn(words: string[], published: number, lastExplicit: number | undefined): number | undefined {
  const explicit = words.find(isYear);
  if (explicit) return Number(explicit);
  const text = words.join(' ');
  if (THIS_YEAR.test(text)) return published;
  if (LAST_YEAR.test(text)) return published - 1;
  if (NEXT_YEAR.test(text)) return published + 1;
  if (THAT_YEAR.test(text)) return lastExplicit;
  return undefined;
}

/**
 * Kind and year of each amount. "من 2.4 … إلى 3.5 بحلول 2029": the first is a level, the second a target. The
 * year is looked for after the amount up to the next one, then before it back to the previous one.
 */
export function describeAmounts(words: string[], amounts: { value: number; unit: SpendingUnit; span: Span }[], published: number): Figure[] {
  let lastExplicit: number | undefined;
  // The explicit year the previous amount took, which the next one must not take again.
  let yearTakenAt = -1;
  let previousYear: number | undefined;
  return amounts.map((amount, k) => {
    const before = words.slice(Math.max(0, amount.span.from - 6), amount.span.from);
    const after = words.slice(amount.span.to, amounts[k + 1]?.span.from ?? words.length);
    // Back to the previous amount, but past an explicit year right after it: "2.5% بحلول 2027، مع طموح إلى 3%".
    const sinceFrom = Math.max(amounts[k - 1]?.span.to ?? 0, yearTakenAt + 1);
    const since = words.slice(sinceFrom, amount.span.from);
    const near = yearIn(after.slice(0, YEAR_WINDOW), published, lastExplicit) ?? yearIn(since.slice(-YEAR_WINDOW), published, lastExplicit);
    const explicit = [...since, ...after.slice(0, YEAR_WINDOW)].filter(isYear).pop();
    if (explicit) lastExplicit = Number(explicit);
    const takenAfter = after.slice(0, YEAR_WINDOW).findIndex(isYear);
    if (takenAfter >= 0) yearTakenAt = amount.span.to + takenAfter;
    const prev = words[amount.span.from - 1] ?? '';
    const fromTo = prev === 'من' && before.some((w) => RAISE.test(w));
    // "على أن تبلغ الميزانية 152 مليارا": an intention, so a target.
    const intended = before.some((w, i) => w === 'علي' && before[i + 1] === 'ان');
    let kind: SpendingKind;
    // "رفعت إنفاقها الدفاعي إلى 2% هذا العام": a rise already made reaches a level, unless its year is still to come.
    const raisedAlready = words.slice(Math.max(0, amount.span.from - 9), amount.span.from).some((w) => PAST_RAISE.test(w)) && (near === undefined || near <= published);
    // "من 2.3 ٪ حاليا": a figure said to hold now is a level.
    const now = after.slice(0, 2).some((w) => /^(?:حاليا|الان|اليوم)$/.test(w));
    const reached = now || (before.some((w) => PAST_REACHED.test(w)) && !before.some((w) => INTENT.test(w))) || before.slice(-3).some((w) => COMPARED.test(w)) || raisedAlready;
    if (before.slice(-4).some((w) => INCREASE.test(w)) || /^(?:اضافيه|اضافي)$/.test(words[amount.span.to] ?? '')) kind = 'increase';
    else if (fromTo || reached) kind = 'level';
    else if (intended || prev === 'الي' || before.slice(-4).some((w) => FUTURE_VERB.test(w)) || before.slice(-4).some((w) => TARGET.test(w)) || after.slice(0, 3).some((w) => w === 'بحلول')) kind = 'target';
    else if (before.some((w) => REACHED.test(w))) kind = 'level';
    else if (near !== undefined && near > published) kind = 'target';
    else kind = 'level';
    // "زيادة قدرها 4 مليارات لبلوغ عتبة 2 في المئة هذا العام": a change shares the year of the goal it serves; a level does not.
    // "3.4% و3.7% و4%": figures listed together share the year said for the first.
    const listed = k > 0 && since.every((w) => w === 'و') ? previousYear : undefined;
    const year = near ?? listed ?? (kind === 'level' ? undefined : yearIn(words.slice(amount.span.to, amount.span.to + YEAR_WINDOW), published, lastExplicit));
    previousYear = year;
    return { kind, value: amount.value, unit: amount.unit, span: amount.span, ...(year !== undefined ? { year } : {}) };
  });
}

/** Defence spending, as opposed to aid, funds or purchases: "الإنفاق الدفاعي"، "ميزانية الدفاع"، "على الدفاع". */
const DEFENCE_SPENDING = new RegExp(
  [
    `(?:انفاق|نفقات|ميزاني|موازن|مخصصات|انفق|تنفق|ينفق|خصص|تخصص)\\S*\\s+(?:\\S+\\s+)?(?:الدفاعي|الدفاعيه|العسكري|العسكريه|الدفاع|للدفاع|علي الدفاع|الجيش|القوات المسلحه|التسلح)`,
    `ناتج\\S*\\s+(?:\\S+\\s+){0,2}?(?:للدفاع|علي الدفاع)`,
    `علي الدفاع`,
    `${n('ميزانية الدفاع')}`,
    `صندوق\\S*\\s+(?:\\S+\\s+)?(?:ل)?(?:ال)?(?:تسلح|تسليح|دفاع)`,
    // "أما الإنفاق، فسنصل إلى 2% من الناتج المحلي": spending measured against GDP is, in this domain, defence.
    `(?:^|\\s)(?:ال|و|وال)?(?:انفاق|نفقات)\\S*\\s.*(?:من|علي) (?:ال)?ناتج`,
  ].join('|'),
);
/** A share of GDP named as NATO's threshold ("عتبة 2 في المئة") speaks of defence spending in this domain. */
const THRESHOLD = /(?:^| )(?:عتبه|هدف|نسبه|النسبه)(?: |$)/;

/** "عتبة 2 في المئة": NATO's threshold, named with its share, is defence spending whatever else the sentence says. */
const NAMED_THRESHOLD = /(?:^| )(?:ال|ب|لب)?عتبه (?:ال)?\d+(?:\.\d+)? ?(?:%|في المايه|في الميه|بالمايه|بالميه)/;

export function mentionsDefenceSpending(normalizedSentence: string): boolean {
  return DEFENCE_SPENDING.test(normalizedSentence) || NAMED_THRESHOLD.test(normalizedSentence);
}

/** A sentence that continues the previous one's defence spending: "زيادة قدرها 4 مليارات لبلوغ عتبة 2 في المئة". */
export function continuesDefenceSpending(normalizedSentence: string): boolean {
  return THRESHOLD.test(normalizedSentence) || GOAL_OR_LEVEL.test(normalizedSentence);
}

/** "فتعهدت ببلوغ 2% هذا العام"، "وقررنا الوصول إلى 5.4%": a share reached or aimed at, after a sentence on spending. */
const GOAL_OR_LEVEL = /(?:^| )(?:زياده|بزياده|بلوغ|ببلوغ|لبلوغ|الوصول|للوصول|رفع|برفع|تصل|يصل|ستصل|سيصل|تنفق|ينفق|ننفق)(?: |$)/;

/** Money or shares next to the amount that are not one country's defence spending. */
const NOT_DEFENCE = /^(?:[وبل]|لل|ال|بال|وال)?(?:مساعد|معون|منح|اغاث|قروض|قرض|وقود|مبيعات|واردات|مشتريات|شراء|نفط|الخام|غاز|طاقه|الدخل|متوسط|معدل|ككل|مجتمع|برنامج|نمو|تضخم|استطلاع|يويد|يعارض|بنيه|تحتيه|بطاله|عاطلين|جماعي)/;
/** Words that turn to another matter: "ببلوغ 2% هذا العام، رغم أن نمو اقتصادها…". */
const CLAUSE_TURN = /^(?:رغم|برغم|بينما|فيما|حين|لكن|مقارنه|علما)$/;
/** Words that make a figure the average or total of several countries. */
const GROUP_FIGURE = /^(?:[وبل]|لل|ال|بال|وال)?(?:متوسط|معدل|جماعي)/;
/** "لدعم أوكرانيا"، "لكييف": money given to Ukraine. */
const FOR_UKRAINE = /^(?:لدعم|لكييف|لاوكرانيا|لصالح)$/;
/** "هدف الناتو البالغ 5%"، "متوسط الحلف": the alliance's figure, not a member's. */
const ALLIANCE = /^(?:[وبل]|لل|ال)?(?:حلف|الحلف|ناتو|الناتو|للحلف|الاطلسي)$/;

/** True when the words around an amount make it aid, trade, an average or the alliance's own figure. */
export function excludedAmount(words: string[], span: Span): boolean {
  const after = words.slice(span.to, span.to + 5);
  const stop = after.findIndex((w) => CLAUSE_TURN.test(w));
  const near = [...words.slice(Math.max(0, span.from - 5), span.from), ...(stop >= 0 ? after.slice(0, stop) : after)];
  if (near.some((w) => NOT_DEFENCE.test(w) || FOR_UKRAINE.test(w))) return true;
  // "متوسط الإنفاق في الحلف ما يزال حوالي 2 ٪": an average or a collective figure further back still governs it.
  if (words.slice(Math.max(0, span.from - 9), span.from).some((w) => GROUP_FIGURE.test(w))) return true;
  const justBefore = words.slice(Math.max(0, span.from - 3), span.from);
  return justBefore.some((w) => ALLIANCE.test(w)) || ALLIANCE.test(words[span.to] ?? '');
}
