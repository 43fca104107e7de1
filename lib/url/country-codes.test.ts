import { describe, expect, it } from 'vitest';
import { isKnownCountryCode } from './country-codes';

describe('country codes a URL may name', () => {
  it('include the coalition members and the small states', () => {
    for (const code of ['GBR', 'FRA', 'UKR', 'LUX', 'EST', 'BEL']) expect(isKnownCountryCode(code)).toBe(true);
  });

  it("include Natural Earth's code for Kosovo", () => {
    expect(isKnownCountryCode('XKX')).toBe(true);
  });

  it('exclude made-up, lower-case and markup codes', () => {
    for (const code of ['XXX', 'gbr', '<script>', 'GB', 'GBRR', '']) expect(isKnownCountryCode(code)).toBe(false);
  });
});
