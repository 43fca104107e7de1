import { STANCES } from '@/lib/schema/stance';
import { nastyValue } from './nasty-strings';
import { seededRandom, type Random } from './random';
import type { UrlCase } from './url-cases';

/** The change list (/en/changes, /ar/changes) and its feeds (.atom, .json) with fuzzed filters. */
const PATHS = ['/en/changes', '/ar/changes', '/en/changes', '/ar/changes', '/en/changes.atom', '/ar/changes.json'];
const KEYS = ['country', 'stance', 'from', 'to'] as const;
const COUNTRIES = ['GBR', 'FRA', 'POL', 'ITA', 'USA', 'FIN', 'XKX', 'UKR', 'gbr', 'ZZZ', 'GB', ' POL'];
const DATES = ['2025-02-12', '2025-03-01', '2025-04-10', '2025-09-04', '2025-02-30', '2024-12-31', '2025-4-10', ''];

function plausible(r: Random, key: (typeof KEYS)[number]): string {
  switch (key) {
    case 'country':
      return Array.from({ length: r.pick([1, 1, 2, 3, 13]) }, () => r.pick(COUNTRIES)).join(r.pick(['~', '~', ',']));
    case 'stance':
      return Array.from({ length: r.int(1, 7) }, () => r.pick([...STANCES, 'TROOPS_OFFERED', 'yes'])).join('~');
    default:
      return r.pick(DATES);
  }
}

function param(r: Random): string {
  const key = r.chance(0.85) ? r.pick(KEYS) : r.pick(['time', 'utm_source', '__proto__', '', '%00', 'country[0]']);
  const known = (KEYS as readonly string[]).includes(key);
  const value = known && r.chance(0.6) ? plausible(r, key as (typeof KEYS)[number]) : nastyValue(r);
  return `${key}=${value}`;
}

function query(r: Random): string {
  switch (r.int(0, 7)) {
    case 0:
      return '';
    case 1:
      return nastyValue(r);
    case 2: {
      const p = param(r); // a form's checkboxes repeat a key; so does a mangled link
      return Array.from({ length: r.pick([2, 3, 50]) }, () => p).join('&');
    }
    default:
      return Array.from({ length: r.int(1, 5) }, () => param(r)).join('&');
  }
}

/** Numbered from `first` on, so they follow the dashboard cases in one run. Its own stream: those stay as they were. */
export function changesUrlCases(seed: number, count: number, first: number): UrlCase[] {
  const r = seededRandom(seed ^ 0x5eed);
  return Array.from({ length: count }, (_, i) => ({ n: first + i, path: r.pick(PATHS), query: query(r) }));
}
