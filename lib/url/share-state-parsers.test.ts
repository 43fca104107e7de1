import { describe, expect, it } from 'vitest';
import { createSerializer } from 'nuqs/server';
import { shareStateParsers } from './share-state-parsers';
import { parseShareState, serializeShareState, type ShareState } from './share-state';

const state: ShareState = {
  time: '2025-03-02',
  country: ['EST', 'LUX'],
  stance: ['troops_offered'],
  layer: 'stance',
  tab: 'table',
  view: { lon: -3.5, lat: 54, zoom: 4.5 },
  trust: ['low'],
  sort: 'trust',
};

describe('nuqs parsers', () => {
  it('parse every raw value to what parseShareState gives', () => {
    for (const [key, raw] of serializeShareState(state)) {
      const parser = shareStateParsers[key as keyof ShareState];
      expect(parser.parse(raw)).toEqual(parseShareState({ [key]: raw }).state[key as keyof ShareState]);
    }
  });

  it('serialize to the same query string as serializeShareState', () => {
    const serialize = createSerializer(shareStateParsers);
    const fromNuqs = new URLSearchParams(serialize(state));
    expect(fromNuqs.toString()).toBe(serializeShareState(state).toString());
  });

  it('drop defaults from the URL just like serializeShareState', () => {
    const serialize = createSerializer(shareStateParsers);
    expect(
      serialize({ ...state, tab: 'map', country: [], stance: [], time: null, view: null, trust: [], sort: 'stance' }),
    ).toBe('');
  });

  it('return null for wholly invalid input so the hook falls back to the default', () => {
    expect(shareStateParsers.time.parse('banana')).toBeNull();
    expect(shareStateParsers.country.parse('XXX~<script>')).toBeNull();
  });

  it('compare lists by content, not identity', () => {
    expect(shareStateParsers.country.eq(['GBR'], ['GBR'])).toBe(true);
    expect(shareStateParsers.country.eq(['GBR', 'POL'], ['POL', 'GBR'])).toBe(false);
    expect(shareStateParsers.stance.eq(['declined', 'conditional'], ['conditional', 'declined'])).toBe(true);
  });
});
