import { describe, expect, it } from 'vitest';
import { correctedSearchParams, parseCorrections } from './corrections';

const bounds = { min: '2025-02-12', max: '2025-09-04' };
const fix = (query: string) => correctedSearchParams(new URLSearchParams(query), bounds)?.toString() ?? null;

describe('correcting a shared link', () => {
  it('leaves a link that is already right alone', () => {
    expect(fix('time=2025-04-15&country=GBR~POL')).toBeNull();
    expect(fix('')).toBeNull();
  });

  it('moves a date before the data to its first day, and says so', () => {
    expect(fix('time=1999-01-01&country=POL')).toBe('time=2025-02-12&country=POL&fixed=time');
  });

  it('moves a date after the data to the latest, which the URL writes as no date', () => {
    expect(fix('time=2031-01-01')).toBe('fixed=time');
  });

  it('drops unknown countries and keeps the known ones, naming what it did', () => {
    expect(fix('country=GBR~XXX')).toBe('country=GBR&fixed=country');
  });

  it('reports values it cannot read at all, and keeps parameters it does not own', () => {
    expect(fix('layer=3d&utm_source=mail')).toBe('utm_source=mail&fixed=invalid');
    expect(fix('time=banana')).toBe('fixed=time');
  });

  it('keeps a range inside the data, puts a reversed one in order, and clamps each end', () => {
    expect(fix('time=2025-03-01..2025-09-01')).toBeNull();
    expect(fix('time=2025-09-01..2025-03-01')).toBe('time=2025-03-01..2025-09-01&fixed=time');
    expect(fix('time=2020-01-01..2025-04-01')).toBe('time=2025-02-12..2025-04-01&fixed=time');
    expect(fix('time=2025-03-01..2031-01-01')).toBe('time=2025-03-01..2025-09-04&fixed=time');
    expect(fix('time=2025-03-01..2025-09-04')).toBeNull();
    expect(fix('time=2025-03-01..')).toBeNull();
  });

  it('turns a range that shrinks to one day, or a garbled one, into a single date or the latest', () => {
    expect(fix('time=2025-04-01..2025-04-01')).toBe('time=2025-04-01&fixed=time');
    expect(fix('time=2030-01-01..2031-01-01')).toBe('fixed=time');
    expect(fix('time=2025-03-01..banana')).toBe('fixed=time');
  });

  it('reads back only the corrections it knows', () => {
    expect(parseCorrections('country~time~<b>')).toEqual(['time', 'country']);
    expect(parseCorrections(null)).toEqual([]);
  });
});
