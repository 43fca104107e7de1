import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment';

describe('sentence segmentation', () => {
  it('splits at full stops and keeps each sentence at its offsets', () => {
    const text = 'إن الحجز الرئيسي الآخر لبعض البلدان ، مثل إيطاليا ، هو مشاركة الولايات المتحدة.\nلكن واشنطن رفضت حتى الآن الانضمام.';
    const sentences = segmentSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['إن الحجز الرئيسي الآخر لبعض البلدان ، مثل إيطاليا ، هو مشاركة الولايات المتحدة.', 'لكن واشنطن رفضت حتى الآن الانضمام.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split inside a decimal number', () => {
    const text = 'أكد ترامب أن روسيا حصلت على مبيعات وقود بقيمة 1.1 مليار يورو من الاتحاد الأوروبي.';
    expect(segmentSentences(text)).toHaveLength(1);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    const [first] = segmentSentences('وقال “لا أعتقد أنه سيكون هناك رادع.” ثم غادر.');
    expect(first?.text.endsWith('.”')).toBe(true);
  });
});
