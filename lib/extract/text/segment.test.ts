import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment';

describe('sentence segmentation', () => {
  it('splits at full stops and keeps each sentence at its offsets', () => {
    const text =
      'إن الحجز الرئيسي الآخر لبعض البلدان ، مثل إيطاليا ، هو مشاركة الولايات المتحدة.\nلكن واشنطن رفضت حتى الآن الانضمام.';
    const sentences = segmentSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'إن الحجز الرئيسي الآخر لبعض البلدان ، مثل إيطاليا ، هو مشاركة الولايات المتحدة.',
      'لكن واشنطن رفضت حتى الآن الانضمام.',
    ]);
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

  it('joins a sentence that a hard line wrap cut, but keeps headline and paragraph lines apart', () => {
    const text = [
      'النرويج تعلن زيادة كبيرة في ميزانية الدفاع',
      '',
      'أوسلو - (أ ف ب) - أعلنت الحكومة النرويجية اليوم أنها سترفع إنفاقها',
      'الدفاعي إلى 3 في المئة من الناتج المحلي بحلول 2030، ما يعني إضافة نحو 40 مليار',
      'كرونة نرويجية، مؤكدة أن القرار جاء بعد مشاورات مع الحلفاء.',
      '',
      'مكالمة هاتفية',
      'وقال رئيس الوزراء في مؤتمر صحفي عقده بعد ظهر الخميس في العاصمة أوسلو إن بلاده لن تتردد في دعم أي ترتيبات أمنية تضمن الاستقرار بعد انتهاء الحرب وتحقيق سلام عادل ودائم في المنطقة كلها',
    ].join('\n');
    const sentences = segmentSentences(text).map((s) => s.text);
    expect(sentences).toHaveLength(4);
    expect(sentences[1]).toMatch(/^أوسلو .* 40 مليار\nكرونة نرويجية، .*الحلفاء\.$/s);
    expect(sentences[2]).toBe('مكالمة هاتفية');
  });

  it('marks where paragraphs open and which paragraphs end with a question', () => {
    const text = 'مقدمة الحوار. وفيما يلي النص.\n\nجملة أولى. هل توافقون؟\n\nنعم. نوافق تماما.';
    const marks = segmentSentences(text).map((s) => `${s.opensParagraph ? 'P' : '-'}${s.paragraphAsks ? '?' : '.'}`);
    expect(marks).toEqual(['P.', '-.', 'P?', '-?', 'P.', '-.']);
  });
});
