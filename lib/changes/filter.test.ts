import { describe, expect, it } from 'vitest';
import { deriveChanges } from './derive';
import { changeFilterSearch, filterChanges, isFiltered, NO_FILTER, parseChangeFilter } from './filter';
import { shippedCountries } from './__fixtures__/shipped-data';

const parse = (query: string) => parseChangeFilter(new URLSearchParams(query));

describe('parseChangeFilter', () => {
  it('reads the documented example', () => {
    expect(parse('country=POL~GBR&stance=declined&from=2025-03-01&to=2025-09-04')).toEqual({
      filter: { country: ['POL', 'GBR'], stance: ['declined'], from: '2025-03-01', to: '2025-09-04' },
      problems: [],
    });
  });

  it('treats no query, empty values and unrelated keys as no filter', () => {
    expect(parse('')).toEqual({ filter: NO_FILTER, problems: [] });
    expect(parse('country=&stance=&from=&to=&utm_source=x')).toEqual({ filter: NO_FILTER, problems: [] });
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('reads a list key given more than once as one list, as form checkboxes send it', () => {
    const { filter, problems } = parse('country=POL&country=GBR&stance=declined&stance=conditional');
    expect(filter.country).toEqual(['POL', 'GBR']);
    expect(filter.stance).toEqual(['conditional', 'declined']);
    expect(problems).toEqual([]);
  });

  it('keeps the usable part of bad values and says what was wrong', () => {
    const { filter, problems } = parse(
      'country=POL~ZZZ&stance=declined~yes&from=2025-02-30&to=2025-09-04&to=2025-10-01',
    );
    expect(filter).toEqual({ country: ['POL'], stance: ['declined'], from: null, to: '2025-09-04' });
    expect(problems.map((p) => p.key)).toEqual(['country', 'stance', 'from', 'to']);
    expect(problems[0]!.reason).toBe('unknown country codes: ZZZ');
    expect(problems[1]!.reason).toBe('unknown stances: yes');
    expect(problems[2]!.reason).toBe('"2025-02-30" is not a YYYY-MM-DD date');
    expect(problems[3]!.reason).toBe('given 2 times; the first is used');
  });

  it('ignores a range that ends before it starts', () => {
    const { filter, problems } = parse('from=2025-09-01&to=2025-03-01');
    expect(filter.from).toBeNull();
    expect(filter.to).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/ends before the range starts/);
  });

  it('never throws on hostile input, and never echoes markup', () => {
    const record = Object.assign(Object.create(null) as Record<string, string>, {
      country: '<script>alert(1)</script>',
      stance: 'x'.repeat(5000),
      from: '\u0000',
    });
    const { filter, problems } = parseChangeFilter(record);
    expect(filter).toEqual(NO_FILTER);
    expect(problems).toHaveLength(3);
    expect(problems.every((p) => !/[<>]/.test(p.raw))).toBe(true);
    expect(parseChangeFilter({ ['__proto__']: 'x', constructor: 'y' }).problems).toEqual([]);
  });
});

describe('filterChanges on the shipped data', () => {
  const changes = deriveChanges(shippedCountries());
  const keysOf = (query: string) =>
    filterChanges(changes, parse(query).filter).map((c) => c.key.split('/').slice(0, 2).join(' '));

  it('narrows by country, new stance and an inclusive date range', () => {
    expect(keysOf('country=POL~GBR&stance=declined&from=2025-03-01&to=2025-09-04')).toEqual(['POL 2025-04-10']);
    expect(keysOf('country=POL~GBR')).toEqual(['POL 2025-04-10', 'GBR 2025-02-26']);
    expect(keysOf('stance=declined')).toEqual(['FIN 2025-07-07', 'GRC 2025-04-10', 'POL 2025-04-10', 'USA 2025-02-12']);
    expect(keysOf('from=2025-02-12&to=2025-02-26')).toEqual(['FRA 2025-02-26', 'GBR 2025-02-26', 'USA 2025-02-12']);
    expect(keysOf('to=2025-02-11')).toEqual([]);
    expect(filterChanges(changes, NO_FILTER)).toHaveLength(changes.length);
  });
});

describe('changeFilterSearch', () => {
  it('writes the canonical query that parses back to the same filter', () => {
    const filter = parse('to=2025-09-04&stance=declined~conditional&country=POL~GBR').filter;
    const search = changeFilterSearch(filter);
    expect(search).toBe('?country=POL~GBR&stance=conditional~declined&to=2025-09-04');
    expect(parse(search.slice(1)).filter).toEqual(filter);
    expect(changeFilterSearch(NO_FILTER)).toBe('');
  });
});
