import { isIsoDate } from './dates';

/** The separator of a date range in the URL: `time=2025-03-01..2025-09-04`. */
export const RANGE_SEPARATOR = '..';

/** The URL's `time` read as one as-of date (`from` null) or a range compared from `from` to `to`. */
export type TimeSpan = { from: string | null; to: string | null };

/** `time` as the URL holds it (a date, a range or null for the latest) split into its ends. */
export function splitTime(time: string | null): TimeSpan {
  if (time === null) return { from: null, to: null };
  const at = time.indexOf(RANGE_SEPARATOR);
  if (at < 0) return { from: null, to: time };
  return { from: time.slice(0, at), to: time.slice(at + RANGE_SEPARATOR.length) || null };
}

/** The URL value for a span: a range only when it has a start before its end. */
export function joinTime({ from, to }: TimeSpan): string | null {
  if (from === null || (to !== null && from >= to)) return to;
  return `${from}${RANGE_SEPARATOR}${to ?? ''}`;
}

export type ParsedTime = { value: string | null; problem: string | null };

/**
 * A raw `time` value: one date, a range `A..B` (A before B), or `A..` (from A to the latest data). What can be
 * salvaged is kept: a reversed range is put in order, a range of one day is that day.
 */
export function parseTime(raw: string): ParsedTime {
  const at = raw.indexOf(RANGE_SEPARATOR);
  if (at < 0)
    return isIsoDate(raw) ? { value: raw, problem: null } : { value: null, problem: 'is not a YYYY-MM-DD date' };
  const a = raw.slice(0, at);
  const b = raw.slice(at + RANGE_SEPARATOR.length);
  if (!isIsoDate(a) || (b !== '' && !isIsoDate(b))) {
    return { value: null, problem: 'is not a range of two YYYY-MM-DD dates joined by ..' };
  }
  if (b === '') return { value: raw, problem: null };
  if (a === b) return { value: a, problem: 'is a range that starts and ends on the same day' };
  if (a > b) return { value: `${b}${RANGE_SEPARATOR}${a}`, problem: 'is a range that ends before it starts' };
  return { value: raw, problem: null };
}

/** The start of a compared range stepped back: the last change date before `from`, or the first day of the data. */
export function previousStart(from: string, dates: readonly string[], min: string): string {
  return dates.filter((d) => d < from).at(-1) ?? min;
}

/** The start stepped forward: the next change date after `from` and before `end` (the same start when none). */
export function nextStart(from: string, end: string, dates: readonly string[]): string {
  return dates.find((d) => d > from && d < end) ?? from;
}

/**
 * The start of a compared range once its end has moved to `to` (null = latest): kept while it is before the end,
 * otherwise moved to the last change date before the end (or the first day of the data), so moving the end
 * thumb past the start never silently leaves the comparison. Null when no earlier day exists.
 */
export function startBefore(from: string, to: string | null, dates: readonly string[], min: string): string | null {
  if (to === null || from < to) return from;
  const earlier = previousStart(to, dates, min);
  return earlier < to ? earlier : null;
}
