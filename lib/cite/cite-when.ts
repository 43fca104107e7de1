import { formatDate } from '@/lib/i18n/format';
import { getDictionary, type Lang } from '@/lib/i18n/langs';
import { isIsoDate } from '@/lib/timeline/dates';
import { splitTime } from '@/lib/timeline/time-range';

/** What a citation says about time: one as-of date, a date range, or the latest data. */
export type CiteWhen =
  { kind: 'date'; date: string } | { kind: 'range'; from: string; to: string } | { kind: 'latest' };

/** The view's time in any form it takes: a day, a range (object or the URL's `from..to`), null or "latest". */
export type CiteTime = string | { from: string; to: string } | null | undefined;

function range(from: string, to: string): CiteWhen {
  if (!isIsoDate(from) || !isIsoDate(to)) return { kind: 'latest' };
  const [a, b] = from <= to ? [from, to] : [to, from];
  return a === b ? { kind: 'date', date: a } : { kind: 'range', from: a, to: b };
}

export function citeWhen(time: CiteTime): CiteWhen {
  if (time == null || time === 'latest') return { kind: 'latest' };
  if (typeof time === 'object') return range(time.from, time.to);
  const { from, to } = splitTime(time);
  if (from !== null) return to === null ? { kind: 'latest' } : range(from, to);
  return to !== null && isIsoDate(to) ? { kind: 'date', date: to } : { kind: 'latest' };
}

/** "as of 4 September 2025", "from 1 March 2025 to 4 September 2025", "latest data", in the page's language. */
export function formatWhen(when: CiteWhen, lang: Lang): string {
  const { cite } = getDictionary(lang);
  if (when.kind === 'date') return cite.asOf(formatDate(when.date, lang));
  if (when.kind === 'range') return cite.range(formatDate(when.from, lang), formatDate(when.to, lang));
  return cite.latest;
}

/** The part of a citation key that names the time: `2025-09-04`, `2025-03-01-to-2025-09-04`, `latest`. */
export function whenKey(when: CiteWhen): string {
  if (when.kind === 'date') return when.date;
  if (when.kind === 'range') return `${when.from}-to-${when.to}`;
  return 'latest';
}

/** The year a citation is filed under: that of the (last) date shown, else the year it was accessed. */
export function whenYear(when: CiteWhen, accessed: string): string {
  const date = when.kind === 'date' ? when.date : when.kind === 'range' ? when.to : accessed;
  return date.slice(0, 4);
}
