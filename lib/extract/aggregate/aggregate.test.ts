import { describe, expect, it } from 'vitest';
import type { Stance } from '@/lib/schema/stance';
import { combineStances, type DatedSignal } from './aggregate';

const signal = (stance: Stance, extra: Partial<DatedSignal> = {}): DatedSignal => ({
  iso3: 'XXX',
  stance,
  confidence: 0.9,
  rule: 'r',
  troops: true,
  groundOnly: false,
  reported: false,
  clause: 0,
  cue: 0,
  sentence: 0,
  date: '2025-06-15',
  ...extra,
});
const combined = (...signals: DatedSignal[]) => {
  const { stance, conflict } = combineStances(signals);
  return conflict ? `${stance} (conflict)` : stance;
};

describe('one position per country and article, by the guide', () => {
  it('reads a headline offer with a condition in the body as conditional', () => {
    expect(combined(signal('troops_offered'), signal('conditional', { sentence: 3 }))).toBe('conditional');
  });

  it('reads a refusal with support for the force as support without troops', () => {
    expect(combined(signal('declined'), signal('support_no_troops', { sentence: 2 }))).toBe('support_no_troops');
  });

  it('reads an offer naming no troops, after a refusal of them, as support', () => {
    expect(combined(signal('declined'), signal('troops_offered', { troops: false, sentence: 2 }))).toBe(
      'support_no_troops',
    );
  });

  it('keeps an offer at sea or in the air after a refusal of ground troops', () => {
    expect(combined(signal('declined', { groundOnly: true }), signal('troops_offered', { sentence: 1 }))).toBe(
      'troops_offered',
    );
  });

  it('marks an offer of troops and a refusal of them as conflicting, keeping the later', () => {
    expect(combined(signal('troops_offered'), signal('declined', { sentence: 4 }))).toBe('declined (conflict)');
  });

  it('ranks a pledge over an offer, and anything over mere participation', () => {
    expect(combined(signal('troops_offered'), signal('troops_committed'))).toBe('troops_committed');
    expect(combined(signal('participating'), signal('support_no_troops'))).toBe('support_no_troops');
    expect(combined(signal('participating'))).toBe('participating');
  });
});
