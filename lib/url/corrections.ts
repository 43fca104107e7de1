import { clampDate } from '@/lib/timeline/dates';
import { joinTime, splitTime } from '@/lib/timeline/time-range';
import { parseShareState, SHARE_KEYS, withShareState, type ShareState } from './share-state';

/** The query parameter that tells the page which parts of a link were corrected, so it can say so once. */
export const FIXED_PARAM = 'fixed';

/** What a correction was about: a value that could not be read at all, a date outside the data, unknown countries. */
export type Correction = 'invalid' | 'time' | 'country';

const CORRECTIONS: readonly Correction[] = ['invalid', 'time', 'country'];

export type DataBounds = { min: string; max: string };

/**
 * The URL a link should be shown under, or null when it is already what the page will show. Invalid values fall
 * back to their defaults, a date outside the data is moved to its nearest end (the last one means "latest", so it
 * leaves the URL), and unknown country codes are left out. Parameters the app does not own are kept. The
 * corrections are listed in `fixed=` for the page to announce.
 */
export function correctedSearchParams(current: URLSearchParams, bounds: DataBounds | null): URLSearchParams | null {
  const { state, params } = parseShareState(current);
  const corrections = new Set<Correction>();
  for (const key of SHARE_KEYS) {
    if (params[key].status !== 'invalid') continue;
    corrections.add(key === 'country' || key === 'time' ? key : 'invalid');
  }
  let time: ShareState['time'] = state.time;
  if (time !== null && bounds) {
    const clamped = clampTime(time, bounds);
    if (clamped !== time) {
      corrections.add('time');
      time = clamped;
    }
  }
  if (corrections.size === 0) return null;
  const out = withShareState(current, { ...state, time }, [FIXED_PARAM]);
  out.set(FIXED_PARAM, CORRECTIONS.filter((c) => corrections.has(c)).join('~'));
  return out;
}

/**
 * `time` within the data: each end of a range moved to its nearest end of the data (the last one meaning "latest",
 * which a single date leaves the URL for, while a range keeps its end written); a range that shrinks to one day becomes that day.
 */
export function clampTime(time: string, bounds: DataBounds): string | null {
  const { from, to } = splitTime(time);
  const end = to === null ? null : clampDate(to, bounds.min, bounds.max);
  if (from === null) return end === bounds.max ? null : end;
  const start = clampDate(from, bounds.min, bounds.max);
  if (start >= (end ?? bounds.max)) return end === bounds.max ? null : end;
  return joinTime({ from: start, to: end });
}

/** The corrections named in `fixed=`, known ones only, in a fixed order. */
export function parseCorrections(raw: string | null): Correction[] {
  if (!raw) return [];
  const named = new Set(raw.split('~'));
  return CORRECTIONS.filter((c) => named.has(c));
}
