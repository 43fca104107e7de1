import { STANCES, isStance, type Stance } from '@/lib/schema/stance';
import { parseTime } from '@/lib/timeline/time-range';
import { isKnownCountryCode } from './country-codes';
import { TRUST_LEVELS, isTrust, type Trust } from '@/lib/trust/trust';

/**
 * One codec per URL key. `decode` never throws: it returns what could be salvaged
 * (null when nothing) and a human-readable problem when the raw text was not canonical-valid,
 * so the caller can both render something sensible and clean the URL.
 */
export type Decoded<T> = { value: T | null; problem: string | null };

export type Codec<T> = {
  decode(raw: string): Decoded<T>;
  encode(value: T): string;
  eq(a: T, b: T): boolean;
};

export type Viewport = { lon: number; lat: number; zoom: number };
export type Layer = 'stance' | 'spending';
export type Tab = 'map' | 'table';
/** The table's order: legend order (the default), by name, newest first, or least trusted first. */
export type TableSort = 'stance' | 'name' | 'since' | 'trust';

export const LAYERS = ['stance', 'spending'] as const satisfies readonly Layer[];
export const TABS = ['map', 'table'] as const satisfies readonly Tab[];
export const TABLE_SORTS = ['stance', 'name', 'since', 'trust'] as const satisfies readonly TableSort[];

export const LIST_SEPARATOR = '~';
export const MAX_COUNTRIES = 12;
/** Anything longer is not a hand-edited URL but an attack or a paste accident. */
export const MAX_RAW_LENGTH = 256;

const ok = <T>(value: T): Decoded<T> => ({ value, problem: null });
const bad = <T>(problem: string, value: T | null = null): Decoded<T> => ({ value, problem });

function guardLength<T>(decode: (raw: string) => Decoded<T>) {
  return (raw: string): Decoded<T> => {
    if (raw.length === 0) return bad('empty value');
    if (raw.length > MAX_RAW_LENGTH) return bad(`longer than ${MAX_RAW_LENGTH} characters`);
    return decode(raw);
  };
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Printable form of rejected input for messages: short and without markup characters. */
export function describeRaw(raw: string): string {
  const cleaned = raw.replace(/[^\p{L}\p{N} _~,.:-]/gu, '?');
  return cleaned.length > 40 ? `${cleaned.slice(0, 40)}…` : cleaned;
}

/** One as-of date, or a range of two compared (lib/timeline/time-range.ts). */
export const timeCodec: Codec<string> = {
  decode: guardLength((raw) => {
    const { value, problem } = parseTime(raw);
    return problem === null ? ok(value as string) : bad(`"${describeRaw(raw)}" ${problem}`, value);
  }),
  encode: (value) => value,
  eq: (a, b) => a === b,
};

/** Order is meaningful (the first country goes to the detail panel), duplicates are dropped. */
export const countryCodec: Codec<string[]> = {
  decode: guardLength((raw) => {
    const kept: string[] = [];
    const rejected: string[] = [];
    let duplicates = false;
    for (const part of raw.split(LIST_SEPARATOR)) {
      const code = part.trim().toUpperCase();
      if (!isKnownCountryCode(code)) rejected.push(part);
      else if (kept.includes(code)) duplicates = true;
      else kept.push(code);
    }
    const overflow = kept.length > MAX_COUNTRIES;
    const value = kept.slice(0, MAX_COUNTRIES);
    const problems = [
      rejected.length > 0 ? `unknown country codes: ${rejected.map(describeRaw).join(', ')}` : null,
      duplicates ? 'repeated country codes' : null,
      overflow ? `more than ${MAX_COUNTRIES} countries` : null,
      value.join(LIST_SEPARATOR) !== raw && rejected.length === 0 && !duplicates && !overflow
        ? 'country codes are written upper-case without spaces'
        : null,
    ].filter((p): p is string => p !== null);
    if (problems.length === 0) return ok(value);
    return bad(problems.join('; '), value.length > 0 ? value : null);
  }),
  encode: (value) => value.join(LIST_SEPARATOR),
  eq: sameList,
};

/** A set of values kept in their canonical order; naming all of them is the same as naming none. */
function setCodec<T extends string>(all: readonly T[], isMember: (v: string) => v is T, what: string): Codec<T[]> {
  return {
    decode: guardLength((raw) => {
      const parts = raw.split(LIST_SEPARATOR);
      const rejected = parts.filter((p) => !isMember(p));
      const chosen = new Set(parts.filter(isMember));
      const value = chosen.size === all.length ? [] : all.filter((s) => chosen.has(s));
      if (rejected.length > 0) {
        return bad(`unknown ${what}: ${rejected.map(describeRaw).join(', ')}`, value.length > 0 ? value : null);
      }
      if (chosen.size !== parts.length) return bad(`repeated ${what}`, value);
      if (value.length === 0) return bad(`every one of the ${what} named; that is the default`);
      return ok(value);
    }),
    encode: (value) => all.filter((s) => value.includes(s)).join(LIST_SEPARATOR),
    eq: (a, b) =>
      sameList(
        all.filter((s) => a.includes(s)),
        all.filter((s) => b.includes(s)),
      ),
  };
}

/** A set of stances kept in legend order; naming all of them is the same as naming none. */
export const stanceCodec: Codec<Stance[]> = setCodec(STANCES, isStance, 'stances');

/** Trust levels the table shows (reviewed, automatic, low), in that order; all of them is the same as none. */
export const trustCodec: Codec<Trust[]> = setCodec(TRUST_LEVELS, isTrust, 'trust levels');

function literalCodec<T extends string>(allowed: readonly T[], what: string): Codec<T> {
  return {
    decode: guardLength((raw) =>
      (allowed as readonly string[]).includes(raw) ? ok(raw as T) : bad(`"${describeRaw(raw)}" is not a ${what}`),
    ),
    encode: (value) => value,
    eq: (a, b) => a === b,
  };
}

export const layerCodec = literalCodec(LAYERS, 'layer (stance or spending)');
export const tabCodec = literalCodec(TABS, 'tab (map or table)');
export const sortCodec = literalCodec(TABLE_SORTS, 'table order (stance, name, since or trust)');

const DECIMAL = /^-?\d{1,3}(\.\d{1,12})?$/;
export const LAT_LIMIT = 85.0511; // Web Mercator's edge
export const MAX_ZOOM = 22;

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f + 0; // + 0 turns -0 into 0
};

/** Rounds to ~10 m and 1/100 zoom: finer precision only makes links longer. */
export function normalizeViewport(v: Viewport): Viewport {
  return { lon: round(v.lon, 4), lat: round(v.lat, 4), zoom: round(v.zoom, 2) };
}

export const viewCodec: Codec<Viewport> = {
  decode: guardLength((raw) => {
    const parts = raw.split(',');
    if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) {
      return bad(`"${describeRaw(raw)}" is not lon,lat,zoom`);
    }
    const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
    if (Math.abs(lon) > 180) return bad('longitude outside -180..180');
    if (Math.abs(lat) > LAT_LIMIT) return bad(`latitude outside ±${LAT_LIMIT}`);
    if (zoom < 0 || zoom > MAX_ZOOM) return bad(`zoom outside 0..${MAX_ZOOM}`);
    return ok(normalizeViewport({ lon, lat, zoom }));
  }),
  encode: (value) => {
    const v = normalizeViewport(value);
    return `${v.lon},${v.lat},${v.zoom}`;
  },
  eq: (a, b) => viewCodec.encode(a) === viewCodec.encode(b),
};
