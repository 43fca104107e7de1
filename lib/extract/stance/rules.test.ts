import { describe, expect, it } from 'vitest';
import { readSentences } from '../eval/read-sentences';
import { STANCE_RULES } from './rules';

describe('the stance rule table', () => {
  it('has unique rule ids', () => {
    expect(new Set(STANCE_RULES.map((r) => r.id)).size).toBe(STANCE_RULES.length);
  });

  describe.each(STANCE_RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
    it(`decides its own example: "${rule.example.text}"`, () => {
      const signals = readSentences(rule.example.text).sentences.flatMap((s) => s.signals);
      if (rule.stance === null) {
        expect(signals.filter((s) => s.iso3 === rule.example.iso3)).toEqual([]);
        return;
      }
      const mine = signals.filter((s) => s.iso3 === rule.example.iso3).map((s) => `${s.rule}:${s.stance}`);
      expect(mine).toContain(`${rule.id}:${rule.stance}`);
    });
  });
});
