import type { Stance } from '@/lib/schema/stance';
import { LIST_SEPARATOR, countryCodec, describeRaw, stanceCodec, timeCodec, type Codec } from '@/lib/url/param-codecs';
import type { StanceChange } from './derive';

/** What the change list is narrowed to; empty lists and nulls mean no narrowing. */
export type ChangeFilter = { country: string[]; stance: Stance[]; from: string | null; to: string | null };

export const CHANGE_FILTER_KEYS = ['country', 'stance', 'from', 'to'] as const;
export type ChangeFilterKey = (typeof CHANGE_FILTER_KEYS)[number];

export const NO_FILTER: ChangeFilter = Object.freeze({ country: [], stance: [], from: null, to: null }) as ChangeFilter;

/** A parameter that was not used as given, with why: shown to the reader, never thrown. */
export type FilterProblem = { key: ChangeFilterKey; raw: string; reason: string };

export type ParsedChangeFilter = { filter: ChangeFilter; problems: FilterProblem[] };

type ParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function rawValues(input: ParamsInput, key: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(key);
  const value = Object.hasOwn(input, key) ? input[key] : undefined;
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Empty values are ignored (what a form's unticked "any" sends). A list key given more than once is read as one
 * list (`stance=a&stance=b` is `stance=a~b`, as a form's checkboxes send it); a date given twice keeps the first.
 */
function parseKey<T>(
  input: ParamsInput,
  key: ChangeFilterKey,
  codec: Codec<T>,
  problems: FilterProblem[],
  list: boolean,
): T | null {
  const raws = rawValues(input, key).filter((r) => r !== '');
  if (raws.length === 0) return null;
  const raw = list ? raws.join(LIST_SEPARATOR) : raws[0]!;
  const decoded = codec.decode(raw);
  const reasons = [decoded.problem, !list && raws.length > 1 ? `given ${raws.length} times; the first is used` : null];
  const reason = reasons.filter((r): r is string => r !== null).join('; ');
  if (reason) problems.push({ key, raw: describeRaw(list ? raw : raws.join(' | ')), reason });
  return decoded.value;
}

/** Never throws: the usable part of the query narrows the list, everything else is reported. */
export function parseChangeFilter(input: ParamsInput): ParsedChangeFilter {
  const problems: FilterProblem[] = [];
  const country = parseKey(input, 'country', countryCodec, problems, true) ?? [];
  const stance = parseKey(input, 'stance', stanceCodec, problems, true) ?? [];
  let from = parseKey(input, 'from', timeCodec, problems, false);
  let to = parseKey(input, 'to', timeCodec, problems, false);
  if (from !== null && to !== null && from > to) {
    problems.push({ key: 'to', raw: to, reason: `ends before the range starts (${from}); the dates are ignored` });
    from = null;
    to = null;
  }
  return { filter: { country, stance, from, to }, problems };
}

export function isFiltered(filter: ChangeFilter): boolean {
  return filter.country.length > 0 || filter.stance.length > 0 || filter.from !== null || filter.to !== null;
}

/** Changes to one of the stances, of one of the countries, dated within from..to (both inclusive). */
export function filterChanges(changes: readonly StanceChange[], filter: ChangeFilter): StanceChange[] {
  return changes.filter(
    (c) =>
      (filter.country.length === 0 || filter.country.includes(c.iso3)) &&
      (filter.stance.length === 0 || filter.stance.includes(c.to)) &&
      (filter.from === null || c.date >= filter.from) &&
      (filter.to === null || c.date <= filter.to),
  );
}

/** The canonical query string of a filter ("" for none), keys in a fixed order, `~` kept readable. */
export function changeFilterSearch(filter: ChangeFilter): string {
  const params = new URLSearchParams();
  if (filter.country.length > 0) params.set('country', countryCodec.encode(filter.country));
  if (filter.stance.length > 0) params.set('stance', stanceCodec.encode(filter.stance));
  if (filter.from !== null) params.set('from', filter.from);
  if (filter.to !== null) params.set('to', filter.to);
  const query = params.toString().replace(/%7E/gi, '~');
  return query ? `?${query}` : '';
}
