import { describe, expect, it } from 'vitest';
import { removeCountry, selectCountry } from './selection';

describe('country selection', () => {
  it('puts a newly selected country first and keeps the others for comparison', () => {
    expect(selectCountry(['GBR', 'POL'], 'FRA')).toEqual(['FRA', 'GBR', 'POL']);
  });

  it('moves an already selected country to the front instead of duplicating it', () => {
    expect(selectCountry(['GBR', 'POL'], 'POL')).toEqual(['POL', 'GBR']);
  });

  it('deselects the country shown in the detail panel when it is selected again', () => {
    expect(selectCountry(['GBR', 'POL'], 'GBR')).toEqual(['POL']);
  });

  it('never grows beyond the twelve countries a URL may carry', () => {
    const many = Array.from({ length: 12 }, (_, i) => `C${String(i).padStart(2, '0')}`);
    const next = selectCountry(many, 'NEW');
    expect(next).toHaveLength(12);
    expect(next[0]).toBe('NEW');
  });

  it('removes one country and keeps the order of the rest', () => {
    expect(removeCountry(['GBR', 'POL', 'FRA'], 'POL')).toEqual(['GBR', 'FRA']);
  });
});
