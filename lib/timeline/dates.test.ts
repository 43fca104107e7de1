import { describe, expect, it } from 'vitest';
import { addDays, clampDate, daysBetween, isIsoDate, lastIndexAtOrBefore } from './dates';

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible or malformed ones', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
    expect(isIsoDate('banana')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00')).toBe(false);
  });

  it('adds days across month and year ends in UTC', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('counts the days between two dates, negative backwards', () => {
    expect(daysBetween('2025-02-12', '2025-09-04')).toBe(204);
    expect(daysBetween('2025-03-02', '2025-03-01')).toBe(-1);
  });

  it('clamps a date into a range', () => {
    expect(clampDate('2024-01-01', '2025-01-01', '2025-12-31')).toBe('2025-01-01');
    expect(clampDate('2026-01-01', '2025-01-01', '2025-12-31')).toBe('2025-12-31');
    expect(clampDate('2025-06-01', '2025-01-01', '2025-12-31')).toBe('2025-06-01');
  });

  it('finds the last sorted date on or before a date', () => {
    const dates = ['2025-01-01', '2025-02-01', '2025-03-01'];
    expect(lastIndexAtOrBefore(dates, '2024-12-31')).toBe(-1);
    expect(lastIndexAtOrBefore(dates, '2025-02-01')).toBe(1);
    expect(lastIndexAtOrBefore(dates, '2025-02-15')).toBe(1);
    expect(lastIndexAtOrBefore(dates, '2030-01-01')).toBe(2);
    expect(lastIndexAtOrBefore([], '2025-01-01')).toBe(-1);
  });
});
