import { describe, expect, it } from 'vitest';
import { STANCES } from '@/lib/schema/stance';
import {
  DEFAULT_SHARE_STATE,
  cleanedSearchParams,
  parseShareState,
  serializeShareState,
  shareStateToSearch,
  type ShareState,
} from './share-state';
import { MAX_COUNTRIES, MAX_RAW_LENGTH } from './param-codecs';

const full: ShareState = {
  time: '2025-04-10',
  country: ['GBR', 'POL', 'FRA'],
  stance: ['conditional', 'declined'],
  layer: 'spending',
  tab: 'table',
  view: { lon: 15.5, lat: 50.25, zoom: 3.4 },
  trust: ['low'],
  sort: 'trust',
};

const parse = (search: string) => parseShareState(new URLSearchParams(search));

describe('share state round trip', () => {
  it('parses what it serialized back to the same state', () => {
    expect(parseShareState(serializeShareState(full)).state).toEqual(full);
  });

  it('reports every key of a serialized state as valid', () => {
    const { params } = parseShareState(serializeShareState(full));
    expect(Object.values(params).every((p) => p.status === 'valid')).toBe(true);
  });

  it('writes nothing for the default state', () => {
    expect(serializeShareState(DEFAULT_SHARE_STATE).toString()).toBe('');
    expect(shareStateToSearch(DEFAULT_SHARE_STATE)).toBe('');
  });

  it('writes only the keys that differ from the defaults, in a stable order', () => {
    const search = serializeShareState({ ...DEFAULT_SHARE_STATE, tab: 'table', time: '2025-03-01' });
    expect([...search.keys()]).toEqual(['time', 'tab']);
  });

  it('keeps the list separators readable in a shareable search string', () => {
    expect(shareStateToSearch(full)).toBe(
      '?time=2025-04-10&country=GBR~POL~FRA&stance=conditional~declined&layer=spending&tab=table&view=15.5,50.25,3.4&trust=low&sort=trust',
    );
    expect(parse(shareStateToSearch(full)).state).toEqual(full);
  });

  it('parses the same from a Next.js searchParams record as from URLSearchParams', () => {
    const record = Object.fromEntries(serializeShareState(full));
    expect(parseShareState(record).state).toEqual(full);
  });

  it('reports absent keys as missing and uses the defaults', () => {
    const { state, params } = parse('');
    expect(state).toEqual(DEFAULT_SHARE_STATE);
    expect(params.time).toEqual({ status: 'missing' });
  });
});

describe('share state with garbage', () => {
  it('falls back to the latest date for time=banana and says why', () => {
    const { state, params } = parse('time=banana');
    expect(state.time).toBeNull();
    expect(params.time).toMatchObject({ status: 'invalid', raw: 'banana' });
  });

  it('rejects dates that do not exist in the calendar', () => {
    expect(parse('time=2025-02-30').state.time).toBeNull();
  });

  it('drops unknown and malicious country codes', () => {
    const { state, params } = parse('country=XXX~%3Cscript%3E');
    expect(state.country).toEqual([]);
    expect(params.country.status).toBe('invalid');
    if (params.country.status === 'invalid') expect(params.country.reason).not.toMatch(/[<>]/);
  });

  it('keeps the valid countries of a partly valid list, in order, and flags it for cleaning', () => {
    const { state, params } = parse('country=POL~XXX~GBR');
    expect(state.country).toEqual(['POL', 'GBR']);
    expect(params.country.status).toBe('invalid');
  });

  it('deduplicates countries and keeps the first occurrence', () => {
    expect(parse('country=GBR~POL~GBR').state.country).toEqual(['GBR', 'POL']);
  });

  it(`keeps at most ${MAX_COUNTRIES} countries`, () => {
    const codes = ['GBR', 'POL', 'FRA', 'DEU', 'ITA', 'ESP', 'NLD', 'BEL', 'DNK', 'SWE', 'NOR', 'FIN', 'EST', 'LVA'];
    const { state, params } = parse(`country=${codes.join('~')}`);
    expect(state.country).toEqual(codes.slice(0, MAX_COUNTRIES));
    expect(params.country.status).toBe('invalid');
  });

  it('upper-cases country codes typed in lower case but asks for the canonical spelling', () => {
    const { state, params } = parse('country=gbr');
    expect(state.country).toEqual(['GBR']);
    expect(params.country.status).toBe('invalid');
  });

  it('rejects values longer than the limit without looking inside', () => {
    const { state, params } = parse(`country=${'GBR~'.repeat(MAX_RAW_LENGTH)}`);
    expect(state.country).toEqual([]);
    expect(params.country).toMatchObject({ status: 'invalid', reason: expect.stringContaining('longer') });
  });

  it('takes the first of repeated keys and flags the repetition', () => {
    const { state, params } = parse('tab=table&tab=map');
    expect(state.tab).toBe('table');
    expect(params.tab).toMatchObject({ status: 'invalid', reason: expect.stringContaining('2 times') });
  });

  it('treats unicode look-alikes as garbage', () => {
    expect(parse('layer=sp%D0%B5nding').state.layer).toBe('stance'); // Cyrillic "е"
    expect(parse('country=%EF%BC%A7BR').state.country).toEqual([]); // full-width "Ｇ"
    expect(parse('time=%D9%A2%D9%A0%D9%A2%D9%A5-01-01').state.time).toBeNull(); // Arabic-Indic digits
  });

  it('treats an empty value as invalid so it is cleaned away', () => {
    expect(parse('time=').params.time.status).toBe('invalid');
  });

  it('keeps known stances in legend order and drops unknown ones', () => {
    const { state, params } = parse('stance=declined~bogus~conditional');
    expect(state.stance).toEqual(['conditional', 'declined']);
    expect(params.stance.status).toBe('invalid');
  });

  it('reads a stance list in any order as valid', () => {
    const { state, params } = parse('stance=declined~conditional');
    expect(state.stance).toEqual(['conditional', 'declined']);
    expect(params.stance.status).toBe('valid');
  });

  it('treats naming every stance as the default "all"', () => {
    expect(parse(`stance=${STANCES.join('~')}`).state.stance).toEqual([]);
  });

  it.each([
    ['view=1,2', 'too few numbers'],
    ['view=200,10,3', 'longitude out of range'],
    ['view=10,89,3', 'latitude beyond Web Mercator'],
    ['view=10,50,30', 'zoom out of range'],
    ['view=0x10,50,3', 'hexadecimal'],
    ['view=Infinity,50,3', 'infinity'],
    ['view=1e2,50,3', 'exponent notation'],
  ])('rejects %s (%s)', (search) => {
    const { state, params } = parse(search);
    expect(state.view).toBeNull();
    expect(params.view.status).toBe('invalid');
  });

  it('rounds a viewport to a sensible precision', () => {
    expect(parse('view=10.123456789,-50.98765432,3.14159').state.view).toEqual({
      lon: 10.1235,
      lat: -50.9877,
      zoom: 3.14,
    });
  });
});

describe('cleaning the URL', () => {
  it('leaves a clean query string alone', () => {
    expect(cleanedSearchParams(new URLSearchParams('time=2025-03-01&tab=table'))).toBeNull();
  });

  it('removes garbage, keeps the salvageable and keys it does not own', () => {
    const cleaned = cleanedSearchParams(new URLSearchParams('time=banana&country=XXX~POL&utm=x&tab=map'));
    expect(cleaned?.toString()).toBe('utm=x&country=POL');
  });
});

describe('table trust filter and order', () => {
  it('keeps trust levels in their order and drops the default', () => {
    expect(parse('trust=low~reviewed').state.trust).toEqual(['reviewed', 'low']);
    expect(parse('trust=low~reviewed').params.trust.status).toBe('valid');
    expect(parse('trust=reviewed~automatic~low').params.trust).toMatchObject({ status: 'invalid' });
    expect(parse('trust=reviewed~automatic~low').state.trust).toEqual([]);
  });
  it('salvages the known levels of a partly wrong list and names the unknown ones', () => {
    const { state, params } = parse('trust=low~sure');
    expect(state.trust).toEqual(['low']);
    expect(params.trust).toMatchObject({ status: 'invalid', reason: expect.stringContaining('sure') });
  });
  it('accepts the four table orders and nothing else', () => {
    for (const sort of ['name', 'since', 'trust'] as const) expect(parse(`sort=${sort}`).state.sort).toBe(sort);
    expect(parse('sort=confidence').state.sort).toBe('stance');
    expect(parse('sort=confidence').params.sort.status).toBe('invalid');
    expect(shareStateToSearch({ ...DEFAULT_SHARE_STATE, sort: 'stance' })).toBe('');
  });
});
