import { describe, expect, it } from 'vitest';
import { formatLinePerEntry, formatLinePerItem } from './format-output';

describe('formatLinePerItem', () => {
  const collection = { type: 'FeatureCollection', features: [{ id: 'AAA' }, { id: 'BBB' }], extra: { a: 1 } };

  it('round-trips to the same JSON', () => {
    expect(JSON.parse(formatLinePerItem(collection, 'features'))).toEqual(collection);
  });

  it('puts each item on a line of its own', () => {
    const lines = formatLinePerItem(collection, 'features').split('\n');
    expect(lines).toContain('{"id":"AAA"},');
    expect(lines).toContain('{"id":"BBB"}');
  });
});

describe('formatLinePerEntry', () => {
  it('writes one array entry per line and round-trips', () => {
    const entries = [{ iso3: 'AAA' }, { iso3: 'BBB' }];
    const text = formatLinePerEntry(entries);
    expect(text.trim().split('\n')).toHaveLength(4);
    expect(JSON.parse(text)).toEqual(entries);
  });
});
