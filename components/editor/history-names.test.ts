import { describe, expect, it } from 'vitest';
import { fieldLabel, valueName } from './history-names';

describe('history field and value names', () => {
  it('names the fields the editor knows, in each language', () => {
    expect(fieldLabel('current.stance', 'en')).toBe('Stance');
    expect(fieldLabel('current.reason.code', 'en')).toBe('Reason');
    expect(fieldLabel('current.reason.text', 'ar')).toBe('السبب بكلمات المقال');
    expect(fieldLabel('reviewedBy', 'en')).toBe('Reviewed by');
    expect(fieldLabel('dataVersion', 'en')).toBe('data version');
    expect(fieldLabel('somethingElse', 'en')).toBeNull();
  });

  it('puts codes into words and leaves anything else alone', () => {
    expect(valueName('current.stance', 'conditional', 'en')).toBe('Conditional');
    expect(valueName('current.stance', 'declined', 'ar')).toBe('رفض');
    expect(valueName('current.reason.code', 'ceasefire_required', 'en')).toBe('Ceasefire required first');
    expect(valueName('review', 'changed', 'en')).toBe('Changed');
    expect(valueName('status', 'published', 'ar')).toBe('منشور');
    expect(valueName('current.kind', 'target', 'en')).toBe('Target');
    expect(valueName('current.unit', 'pct_gdp', 'en')).toBe('% of GDP');
    expect(valueName('current.stance', 'maybe', 'en')).toBeNull();
    expect(valueName('note', 'declined', 'en')).toBeNull();
  });
});
