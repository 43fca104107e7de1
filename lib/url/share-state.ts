import type { Stance } from '@/lib/schema/stance';
import type { Trust } from '@/lib/trust/trust';
import {
  countryCodec,
  layerCodec,
  sortCodec,
  stanceCodec,
  tabCodec,
  trustCodec,
  timeCodec,
  viewCodec,
  type Codec,
  type Layer,
  type Tab,
  type TableSort,
  type Viewport,
} from './param-codecs';

export type { Layer, Tab, TableSort, Viewport };

export type ShareState = {
  /** As-of date; null means the latest data. */
  time: string | null;
  /** Selected countries; the first one is shown in the detail panel. */
  country: string[];
  /** Stances shown; empty means all. */
  stance: Stance[];
  layer: Layer;
  tab: Tab;
  /** Map viewport once the user moved it; null means the default framing. */
  view: Viewport | null;
  /** Trust levels the table shows; empty means all. */
  trust: Trust[];
  /** The table's order. */
  sort: TableSort;
};

export type ParamResult =
  { status: 'valid' } | { status: 'missing' } | { status: 'invalid'; raw: string; reason: string };

export type ParsedShareState = {
  state: ShareState;
  params: Record<keyof ShareState, ParamResult>;
};

export const DEFAULT_SHARE_STATE: ShareState = Object.freeze({
  time: null,
  country: [],
  stance: [],
  layer: 'stance',
  tab: 'map',
  view: null,
  trust: [],
  sort: 'stance',
}) as ShareState;

/** Stable key order of the query string. */
export const SHARE_KEYS = [
  'time',
  'country',
  'stance',
  'layer',
  'tab',
  'view',
  'trust',
  'sort',
] as const satisfies readonly (keyof ShareState)[];

type Codecs = { [K in keyof ShareState]: Codec<NonNullable<ShareState[K]>> };

export const SHARE_CODECS: Codecs = {
  time: timeCodec,
  country: countryCodec,
  stance: stanceCodec,
  layer: layerCodec,
  tab: tabCodec,
  view: viewCodec,
  trust: trustCodec,
  sort: sortCodec,
};

type ParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function rawValues(input: ParamsInput, key: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(key);
  const value = input[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function parseKey<K extends keyof ShareState>(
  input: ParamsInput,
  key: K,
): { value: ShareState[K]; result: ParamResult } {
  const fallback = DEFAULT_SHARE_STATE[key];
  const raws = rawValues(input, key);
  const first = raws[0];
  if (first === undefined) return { value: fallback, result: { status: 'missing' } };
  // Like URLSearchParams.get (and nuqs), the first occurrence wins; the rest is noise to clean away.
  const decoded = (SHARE_CODECS[key] as unknown as Codec<ShareState[K]>).decode(first);
  const value = decoded.value ?? fallback;
  const problems = [decoded.problem, raws.length > 1 ? `given ${raws.length} times` : null].filter(Boolean);
  if (problems.length === 0) return { value, result: { status: 'valid' } };
  return { value, result: { status: 'invalid', raw: raws.join(' | '), reason: problems.join('; ') } };
}

/** Never throws: unusable values fall back to their defaults and are reported as invalid. */
export function parseShareState(input: ParamsInput): ParsedShareState {
  const time = parseKey(input, 'time');
  const country = parseKey(input, 'country');
  const stance = parseKey(input, 'stance');
  const layer = parseKey(input, 'layer');
  const tab = parseKey(input, 'tab');
  const view = parseKey(input, 'view');
  const trust = parseKey(input, 'trust');
  const sort = parseKey(input, 'sort');
  return {
    state: {
      time: time.value,
      country: country.value,
      stance: stance.value,
      layer: layer.value,
      tab: tab.value,
      view: view.value,
      trust: trust.value,
      sort: sort.value,
    },
    params: {
      time: time.result,
      country: country.result,
      stance: stance.result,
      layer: layer.result,
      tab: tab.result,
      view: view.result,
      trust: trust.result,
      sort: sort.result,
    },
  };
}

function isDefaultValue<K extends keyof ShareState>(key: K, value: ShareState[K]): boolean {
  const fallback = DEFAULT_SHARE_STATE[key];
  if (value === null || fallback === null) return value === fallback;
  const codec = SHARE_CODECS[key] as unknown as Codec<ShareState[K]>;
  return codec.eq(value, fallback);
}

/** Only the values that differ from the defaults, in SHARE_KEYS order. */
export function serializeShareState(state: ShareState): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of SHARE_KEYS) {
    const value = state[key];
    if (value === null || isDefaultValue(key, value)) continue;
    const encoded = (SHARE_CODECS[key] as unknown as Codec<typeof value>).encode(value);
    if (encoded !== '') out.set(key, encoded);
  }
  return out;
}

/**
 * "?time=…&country=GBR~POL" with `~` and `,` left readable; every encoded value is already
 * restricted to URL-safe characters, so only percent-encoding beyond those would be noise.
 */
export function shareStateToSearch(state: ShareState): string {
  const parts: string[] = [];
  for (const [key, value] of serializeShareState(state)) {
    parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/gi, ',')}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function shareStatesEqual(a: ShareState, b: ShareState): boolean {
  return serializeShareState(a).toString() === serializeShareState(b).toString();
}

/**
 * The query string to replace the current one with when any share key is invalid, or null
 * when it is already clean. Keys this app does not own are kept as they were.
 */
export function cleanedSearchParams(current: URLSearchParams): URLSearchParams | null {
  const { state, params } = parseShareState(current);
  if (!SHARE_KEYS.some((k) => params[k].status === 'invalid')) return null;
  return withShareState(current, state);
}

/** `current` with its share keys replaced by `state`'s; keys this app does not own stay, except those in `drop`. */
export function withShareState(
  current: URLSearchParams,
  state: ShareState,
  drop: readonly string[] = [],
): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of current) {
    if (!(SHARE_KEYS as readonly string[]).includes(key) && !drop.includes(key)) out.append(key, value);
  }
  for (const [key, value] of serializeShareState(state)) out.set(key, value);
  return out;
}

/** A query string with the app's own separators ("~", ",") written plainly rather than percent-escaped. */
export function readableQuery(query: string): string {
  return query.replace(/%7E/gi, '~').replace(/%2C/gi, ',');
}
