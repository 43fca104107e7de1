import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../text/normalize';
import { REASON_RULES, reasonMatch } from './reasons';

describe('the reason table', () => {
  it.each(REASON_RULES.map((r) => [r.code, r.example] as const))('reads %s from its example "%s"', (code, example) => {
    expect(reasonMatch(normalizeTerm(example))).toBe(code);
  });

  it('takes the category named first', () => {
    expect(reasonMatch(normalizeTerm('شريطة قواعد اشتباك واضحة وتفويض من مجلس الأمن'))).toBe(
      'rules_of_engagement_required',
    );
  });

  it('allows words between the words of a cue, and clitics and endings on them', () => {
    expect(reasonMatch(normalizeTerm('بعد وقف دائم وشامل لإطلاق النار'))).toBe('ceasefire_required');
    expect(reasonMatch(normalizeTerm('لأولويتها في المحيط الهادئ'))).toBe('strategic_priorities');
  });

  it('finds nothing in words that state no reason', () => {
    expect(reasonMatch(normalizeTerm('أعلنت الحكومة موقفها اليوم'))).toBeNull();
  });
});
