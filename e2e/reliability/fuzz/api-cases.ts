import { BROKEN_ENCODING, INJECTIONS, UNICODE, nastyValue } from './nasty-strings';
import { seededRandom, type Random } from './random';

/**
 * API fuzz cases, each with what a correct server must answer: `ok` 200, `bad` 400, `unknown` 404.
 * `any` cases (encodings the HTTP layer may decode either way) only have to avoid 5xx.
 */
export type Expect = 'ok' | 'bad' | 'unknown' | 'any';
export type ApiCase = { n: number; path: string; expect: Expect };

export type ApiFixture = { articleIds: readonly string[]; countries: readonly string[] };

const enc = encodeURIComponent;

function positionsCase(r: Random, f: ApiFixture): { query: string; expect: Expect } {
  const some = () =>
    Array.from({ length: r.int(1, 4) }, () => r.pick(f.countries)).filter((c, i, all) => all.indexOf(c) === i);
  switch (r.int(0, 14)) {
    case 0:
      return { query: '', expect: 'ok' };
    case 14: // names every plain object inherits: once answered 500
      return {
        query: `${r.pick(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', '__defineGetter__'])}=${r.pick(['1', '-1', ''])}`,
        expect: 'ok',
      };
    case 1:
      return { query: `country=${some().join('~')}`, expect: 'ok' };
    case 2:
      return {
        query: `date=${r.pick(['2025-02-12', '2025-04-10', '2025-09-04', '2024-01-01', '2030-12-31'])}`,
        expect: 'ok',
      };
    case 3:
      return {
        query: `country=${some().join('~')}&date=2025-04-10&${r.pick(['utm_source=x', 'foo', '_=1'])}`,
        expect: 'ok',
      };
    case 4:
      return { query: `country=${r.pick(['QQQ', 'ZZZ', 'AAA'])}`, expect: 'unknown' }; // well-formed, not in the data
    case 5:
      return {
        query: `date=${r.pick(['2025-02-30', '2025-13-01', '2025-4-1', '25-04-10', 'today', '2025-04-10T00:00:00Z', ''])}`,
        expect: 'bad',
      };
    case 6:
      return {
        query: `country=${r.pick(['gbr', 'GB', 'GBRR', 'GBR~', '~GBR', 'GBR,POL', 'GBR~GBR', 'G%20BR', ''])}`,
        expect: 'bad',
      };
    case 7:
      return { query: `${r.pick(['country=GBR&country=POL', 'date=2025-04-10&date=2025-04-10'])}`, expect: 'bad' }; // repetition is refused
    case 8:
      return { query: `country=${Array.from({ length: 101 }, () => 'GBR').join('~')}`, expect: 'bad' };
    case 9:
      return { query: `country=${'A'.repeat(r.pick([601, 4000]))}`, expect: 'bad' };
    case 10:
      return { query: `country=${r.pick(INJECTIONS)}`, expect: 'bad' };
    case 11:
      return { query: `date=${r.pick(INJECTIONS)}`, expect: 'bad' };
    case 12:
      return { query: `${r.pick(['country', 'date'])}=${r.pick([...UNICODE, ...BROKEN_ENCODING])}`, expect: 'any' };
    default:
      return { query: `${nastyValue(r)}=${nastyValue(r)}`, expect: 'any' };
  }
}

function articleCase(r: Random, f: ApiFixture): { id: string; expect: Expect } {
  switch (r.int(0, 8)) {
    case 0:
    case 1:
      return { id: enc(r.pick(f.articleIds)), expect: 'ok' };
    case 2:
      return { id: r.pick(['nope', '999_0000000000000000', 'index', 'index.json', 'a.b-c_d']), expect: 'unknown' };
    case 3:
      return { id: enc(r.pick(f.articleIds)).toUpperCase(), expect: 'unknown' }; // ids are case-sensitive
    case 4:
      return {
        id: r.pick([
          '..%2Findex.json',
          '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
          '..%5C..%5Cwindows',
          'a%2Fb',
          '%00',
          'a%20b',
          '%3Cscript%3E',
        ]),
        expect: 'bad',
      };
    case 5:
      return { id: 'a'.repeat(r.pick([121, 2000])), expect: 'bad' };
    case 6:
      return { id: r.pick(UNICODE), expect: 'any' };
    case 7:
      return { id: r.pick(BROKEN_ENCODING.filter((b) => !['#x', '&', '+', '=', ';'].includes(b))), expect: 'any' };
    default:
      return { id: nastyValue(r), expect: 'any' };
  }
}

export function apiCases(seed: number, count: number, fixture: ApiFixture): ApiCase[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => {
    switch (r.int(0, 2)) {
      case 0: {
        const { query, expect } = positionsCase(r, fixture);
        return { n, path: `/api/positions${query ? `?${query}` : ''}`, expect };
      }
      case 1: {
        // The list takes no parameters: whatever is passed is ignored.
        const query = r.chance(0.5) ? '' : `?${nastyValue(r)}=${nastyValue(r)}`;
        return { n, path: `/api/articles${query}`, expect: query.length > 12_000 ? 'any' : 'ok' };
      }
      default: {
        const { id, expect } = articleCase(r, fixture);
        return { n, path: `/api/articles/${id}`, expect };
      }
    }
  });
}
