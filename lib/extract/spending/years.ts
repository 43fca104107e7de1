import { isYear } from './amounts';

/**
 * The year a figure refers to: an explicit year near it ("بحلول 2027"، "في عام 2026"، "للسنة المالية 2026"), or an
 * expression relative to publication ("هذا العام"، "العام الجاري"، "السنة المالية الحالية" -> the publication
 * year; "العام المقبل" -> the next; "العام الماضي" -> the last). Years of prices, of the past ("منذ عام 2008") and of
 * programme periods ("2024-2030") are not a figure's year.
 */
const THIS_YEAR =
  /(?:^| )(?:ل?هذا العام|ل?هذه السنه|(?:لل|ل|ال)(?:عام|سنه) (?:الجاري|الحالي|الجاريه|الحاليه)|(?:لل|ل|ال)سنه الماليه (?:الحاليه|الجاريه))(?: |$)/;
const LAST_YEAR = /(?:^| )(?:لل|ل|ال)(?:عام الماضي|سنه الماضيه)(?: |$)/;
const NEXT_YEAR = /(?:^| )(?:لل|ل|ال)(?:عام المقبل|عام القادم|سنه المقبله|سنه القادمه|سنه الماليه المقبله)(?: |$)/;
/** Words after which a year is not the figure's: "بأسعار 2021"، "منذ عام 2008"، "المعيار الذي اتفق عليه عام 2014". */
const NOT_THE_YEAR = /^(?:باسعار|اسعار|منذ|عليه|اتفق|الفتره|للفتره|فتره|قبل)$/;

/** The explicit year in a stretch of words, skipping years of prices, the past and periods. */
export function explicitYear(words: readonly string[], text: (i: number) => string = () => ' '): number | undefined {
  for (let i = 0; i < words.length; i++) {
    if (!isYear(words[i]!)) continue;
    if (NOT_THE_YEAR.test(words[i - 1] ?? '') || NOT_THE_YEAR.test(words[i - 2] ?? '')) continue;
    // "2024-2030": a programme period.
    if (/-\s*$/.test(text(i + 1)) && isYear(words[i + 1] ?? '')) {
      i++;
      continue;
    }
    return Number(words[i]);
  }
  return undefined;
}

/** The first year said relative to publication, or undefined. */
export function relativeYear(words: readonly string[], published: number): number | undefined {
  const joined = words.join(' ');
  const found = [
    [THIS_YEAR, 0],
    [NEXT_YEAR, 1],
    [LAST_YEAR, -1],
  ]
    .map(([re, shift]) => ({ at: (re as RegExp).exec(joined)?.index ?? -1, shift: shift as number }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  return found ? published + found.shift : undefined;
}

/** "ميزانية عام 2026"، "ميزانية الدفاع للعام المقبل"، "للسنة المالية 2026": the year a budget is for. */
export function budgetYear(words: readonly string[], published: number): number | undefined {
  const at = words.findIndex((w) => BUDGET.test(w));
  if (at < 0) return undefined;
  const after = words.slice(at + 1, at + 6);
  return explicitYear(after) ?? relativeYear(after, published);
}
const BUDGET = /^(?:[وفبل])?(?:ال)?(?:ميزانيه|موازنه)$/;

/** An explicit year, else a relative one. */
export function yearIn(words: readonly string[], published: number, text?: (i: number) => string): number | undefined {
  const explicit = explicitYear(words, text);
  const relative = relativeYear(words, published);
  if (explicit === undefined || relative === undefined) return explicit ?? relative;
  // "للسنة المالية الحالية التي ستنتهي في مارس 2026": whichever is said first is the figure's.
  const at = words.findIndex((w) => w === String(explicit));
  const relativeAt = relativeYearAt(words);
  return relativeAt >= 0 && relativeAt < at ? relative : explicit;
}

/** The index of the first word of a relative year expression, or -1. */
function relativeYearAt(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) if (relativeYear(words.slice(i, i + 4), 0) !== undefined) return i;
  return -1;
}
