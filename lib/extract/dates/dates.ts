import type { Clause } from '../clauses/types';
import { clauseWords } from '../clauses/vocabulary';
import type { SentenceView } from '../text/article-text';
import { normalizeTerm } from '../text/normalize';

/**
 * When a sentence reports a position: the article's publication date, unless the sentence itself places the
 * statement earlier ("في أبريل"، "الشهر الماضي"، "يوم الثلاثاء"). A month without a day resolves to its last day,
 * the earliest date by which the statement had certainly been made. Future references never move a date.
 */
const MONTHS: [string[], number][] = [
  [['يناير', 'كانون الثاني'], 1],
  [['فبراير', 'شباط'], 2],
  [['مارس', 'آذار'], 3],
  [['أبريل', 'ابريل', 'نيسان'], 4],
  [['مايو', 'أيار'], 5],
  [['يونيو', 'حزيران'], 6],
  [['يوليو', 'تموز'], 7],
  [['أغسطس', 'آب'], 8],
  [['سبتمبر', 'أيلول'], 9],
  [['أكتوبر', 'تشرين الأول'], 10],
  [['نوفمبر', 'تشرين الثاني'], 11],
  [['ديسمبر', 'كانون الأول'], 12],
];
const WEEKDAYS: [string, number][] = [
  ['الأحد', 0],
  ['الاثنين', 1],
  ['الإثنين', 1],
  ['الثلاثاء', 2],
  ['الأربعاء', 3],
  ['الخميس', 4],
  ['الجمعة', 5],
  ['السبت', 6],
];
const MONTH_LEADS = ['في', 'منذ', 'حتى', 'خلال', 'بداية', 'أواخر', 'أوائل', 'مطلع', 'نهاية', 'منتصف']
  .map(normalizeTerm)
  .join('|');
const MONTH_PATTERNS = MONTHS.map(([names, month]) => ({
  month,
  re: new RegExp(
    `(?:^|\\s)(?:${MONTH_LEADS})\\s+(?:شهر\\s+)?(?:${names.map(normalizeTerm).join('|')})(?:[^\\p{L}]|$)`,
    'u',
  ),
}));
const WEEKDAY_PATTERNS = WEEKDAYS.map(([name, day]) => ({
  day,
  re: new RegExp(`يوم\\s+${normalizeTerm(name)}(?:\\s|$|[.,،"])`),
}));
const FUTURE = /(?:^|\s)(?:سوف|المقبل|المقبله|القادم|القادمه|المتوقع|المقرر)(?:\s|$)/;
const LAST_MONTH = new RegExp(normalizeTerm('الشهر الماضي'));
const LAST_WEEK = new RegExp(normalizeTerm('الأسبوع الماضي'));
const LAST_YEAR = new RegExp(`${normalizeTerm('العام الماضي')}|${normalizeTerm('السنة الماضية')}`);
const YESTERDAY = new RegExp(`(?:^|\\s)${normalizeTerm('أمس')}(?:\\s|$)`);

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const lastDayOfMonth = (year: number, month: number): string => iso(new Date(Date.UTC(year, month, 0)));
const addDays = (date: string, days: number): string =>
  iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));

/** Words without which no date expression can be in a sentence: most sentences have none of them. */
const ANY_DATE_WORD = new RegExp(
  [...MONTHS.flatMap(([names]) => names), 'الماضي', 'الماضيه', 'امس', 'يوم', ...WEEKDAYS.map(([d]) => d)]
    .map((w) => normalizeTerm(w))
    .join('|'),
);
const ANY_MONTH = new RegExp(
  MONTHS.flatMap(([names]) => names)
    .map((w) => normalizeTerm(w))
    .join('|'),
);

const MONTH_WORDS = new Set(MONTHS.flatMap(([names]) => names.flatMap((n) => normalizeTerm(n).split(' '))));

/**
 * A timeline's heading ("فبراير/شباط"، "مارس 2025"): a line of month names (and a year) alone dates the entries
 * under it. Returns that month's date, or null for any other sentence.
 */
export function headingDate(view: SentenceView, published: string): string | null {
  const words = view.words.filter((w) => !/^(?:19|20)\d\d$/.test(w));
  if (!words.length || words.length > 4 || !words.every((w) => MONTH_WORDS.has(w))) return null;
  return resolveDate(`في ${words[0]}`, published);
}

/** `dayPrecise` is false when the publication date is approximate: weekdays then cannot be anchored. */
export function resolveDate(normalizedSentence: string, published: string, dayPrecise = true): string {
  if (!ANY_DATE_WORD.test(normalizedSentence)) return published;
  const pub = new Date(`${published}T00:00:00Z`);
  const year = pub.getUTCFullYear();
  const month = pub.getUTCMonth() + 1;
  const earlier = (candidate: string): string => (candidate < published ? candidate : published);

  for (const { month: m, re } of ANY_MONTH.test(normalizedSentence) ? MONTH_PATTERNS : []) {
    if (!re.test(normalizedSentence)) continue;
    // "حتى ديسمبر المقبل": a month still to come this year, not last year's.
    if (m > month && FUTURE.test(normalizedSentence)) continue;
    const y = LAST_YEAR.test(normalizedSentence) || m > month ? year - 1 : year;
    if (y === year && m === month) return published;
    return earlier(lastDayOfMonth(y, m));
  }
  if (FUTURE.test(normalizedSentence)) return published;
  if (LAST_MONTH.test(normalizedSentence))
    return earlier(lastDayOfMonth(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1));
  if (LAST_WEEK.test(normalizedSentence)) return earlier(addDays(published, -7));
  if (YESTERDAY.test(normalizedSentence)) return earlier(addDays(published, -1));
  for (const { day, re } of dayPrecise ? WEEKDAY_PATTERNS : []) {
    if (!re.test(normalizedSentence)) continue;
    const back = (pub.getUTCDay() - day + 7) % 7;
    return addDays(published, -back);
  }
  return published;
}

/** "كان"، "كانت"، "كانوا": a relative clause in the past continuous tells what used to hold, at its own date. */
const PAST_STATE = /^(?:كان|كانت|كانوا|كانتا|كانا)$/;

/** A relative clause: it opens with a relative pronoun, not at the start of the sentence. */
const isRelative = (view: SentenceView, clause: Pick<Clause, 'span'>): boolean =>
  clause.span.from > 0 && clauseWords.has(view.words[clause.span.from] ?? '', 'relative');

/**
 * The date of a sentence's statements, read from its words outside relative clauses: "قال كارني، الذي أدى اليمين
 * أمس، إن …" dates the oath, not what he said.
 */
export function sentenceDate(
  view: SentenceView,
  clauses: readonly Pick<Clause, 'span'>[],
  published: string,
  dayPrecise = true,
): string {
  const relative = clauses.filter((c) => isRelative(view, c));
  const words =
    relative.length === 0
      ? view.words
      : view.words.filter((_, i) => !relative.some((c) => i >= c.span.from && i < c.span.to));
  return resolveDate(words.join(' '), published, dayPrecise);
}

/**
 * "براغ، التي كانت تكتفي حتى مارس بإبداء الاستعداد للنظر، قررت …": a relative clause in the past continuous tells
 * what used to hold, at its own date; the rest of the sentence keeps the sentence's. Null for any other clause.
 */
export function pastStateDate(
  view: SentenceView,
  clause: Pick<Clause, 'span'>,
  published: string,
  dayPrecise = true,
): string | null {
  if (!isRelative(view, clause) || !PAST_STATE.test(view.words[clause.span.from + 1] ?? '')) return null;
  return resolveDate(view.words.slice(clause.span.from, clause.span.to).join(' '), published, dayPrecise);
}
