import { STANCES } from '@/lib/schema/stance';
import { nastyValue } from './nasty-strings';
import { seededRandom, type Random } from './random';

/** Page URL fuzz: query strings for the dashboard (/en, /ar) and the article reader. */
export type UrlCase = { n: number; path: string; query: string };

const SHARE_KEYS = ['time', 'country', 'stance', 'layer', 'tab', 'view', 'trust', 'sort'] as const;
const COUNTRIES = ['GBR', 'FRA', 'POL', 'ITA', 'DEU', 'TUR', 'AUS', 'CAN', 'JPN', 'XKX', 'LUX', 'MLT', 'USA', 'UKR'];

/** A value a correct link could carry, sometimes slightly off (lower case, spaces) as hand edits are. */
function plausible(r: Random, key: (typeof SHARE_KEYS)[number]): string {
  switch (key) {
    case 'time':
      return r.pick([
        '2025-02-12',
        '2025-04-10',
        '2025-09-04',
        '2025-02-30',
        '2024-12-31',
        '2026-01-01',
        '1900-01-01',
        '2025-4-10',
        '2025-04-10T00:00',
        // Compared ranges: valid, reversed, open-ended, one day, impossible ends, three parts.
        '2025-03-01..2025-09-04',
        '2025-09-04..2025-03-01',
        '2025-03-01..',
        '..2025-09-04',
        '2025-04-10..2025-04-10',
        '2025-02-30..2025-13-01',
        '2025-03-01..2025-04-01..2025-05-01',
        '2025-03-01...2025-09-04',
      ]);
    case 'country':
      return Array.from({ length: r.pick([1, 1, 2, 3, 13]) }, () =>
        r.pick([...COUNTRIES, 'gbr', 'ZZZ', 'GB', ' POL']),
      ).join(r.pick(['~', '~', ',', '%7E']));
    case 'stance':
      return Array.from({ length: r.int(1, 7) }, () => r.pick([...STANCES, 'TROOPS_OFFERED', 'yes'])).join('~');
    case 'layer':
      return r.pick(['stance', 'spending', 'Spending', 'heat', '']);
    case 'tab':
      return r.pick(['map', 'table', 'charts', 'TABLE', '1']);
    case 'trust':
      return Array.from({ length: r.int(1, 4) }, () => r.pick(['reviewed', 'automatic', 'low', 'LOW', 'sure'])).join(
        '~',
      );
    case 'sort':
      return r.pick(['stance', 'name', 'since', 'trust', 'confidence', 'NAME', '-name']);
    case 'view':
      return r.pick([
        '10,50,3',
        '-3.5,54.2,5.25',
        '181,0,1',
        '0,90,1',
        '0,0,23',
        '10,50',
        'NaN,NaN,NaN',
        '1e3,2,3',
        '10.123456789012345,50,3',
      ]);
  }
}

function param(r: Random): string {
  const key = r.chance(0.85)
    ? r.pick(SHARE_KEYS)
    : r.pick(['mark', 'lang', 'utm_source', '__proto__', 'constructor[prototype]', '', '%00', 'tab[]', 'country[0]']);
  const shareKey = (SHARE_KEYS as readonly string[]).includes(key) ? (key as (typeof SHARE_KEYS)[number]) : null;
  const value = shareKey && r.chance(0.55) ? plausible(r, shareKey) : nastyValue(r);
  return r.chance(0.05) ? key : `${key}=${value}`;
}

function query(r: Random): string {
  switch (r.int(0, 9)) {
    case 0:
      return ''; // the bare page must of course work
    case 1:
      return nastyValue(r); // no key=value structure at all
    case 2: {
      const p = param(r); // the same parameter many times over
      return Array.from({ length: r.pick([2, 3, 50]) }, () => p).join('&');
    }
    case 3:
      return Array.from({ length: r.pick([100, 400]) }, () => param(r)).join('&'); // very many parameters
    default:
      return Array.from({ length: r.int(1, 6) }, () => param(r)).join(r.chance(0.1) ? '&&' : '&');
  }
}

export function urlCases(seed: number, count: number, articleIds: readonly string[]): UrlCase[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => {
    if (r.chance(0.1) && articleIds.length > 0) {
      const mark = r.chance(0.5) ? r.pick(['0-10', '10-5', '-1-3', '999999-1000000', '1e3-2e3', '5-5']) : nastyValue(r);
      return {
        n,
        path: `/${r.pick(['en', 'ar'])}/articles/${r.pick(articleIds)}`,
        query: r.chance(0.1) ? query(r) : `mark=${mark}`,
      };
    }
    return { n, path: r.pick(['/en', '/ar', '/en', '/ar', '/']), query: query(r) };
  });
}

export const urlOf = (c: UrlCase) => (c.query === '' ? c.path : `${c.path}?${c.query}`);
