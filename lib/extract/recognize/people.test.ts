import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { recognizeMentions } from './recognize';

const found = (text: string) => {
  const norm = normalizeArabic(text);
  return recognizeMentions(tokenize(norm.text), norm.text, '2025-06-15').map((m) => `${m.iso3}:${m.kind}`);
};

describe('people the article introduces', () => {
  it('binds a name introduced with a title and a country, and finds it again alone', () => {
    const text = 'قال وزير الخارجية المالطي إيان بورغ، الاثنين، إن بلاده محايدة. وأضاف بورغ أن القرار نهائي.';
    expect(found(text)).toEqual(['MLT:demonym', 'MLT:leader', 'MLT:leader']);
  });

  it('does not take the next ordinary word for a name', () => {
    const text = 'طلبت وزارة الدفاع البلجيكية زيادة ميزانية الدفاع. وستناقش الحكومة الميزانية.';
    expect(found(text)).toEqual(['BEL:demonym']);
  });

  it('takes no name across a colon or a quotation mark, but one after a comma', () => {
    const quoted = 'وقال الوزير في مقر وزارة الخارجية الإسبانية: "موقفنا واضح منذ البداية". وموقفنا واضح.';
    expect(found(quoted)).toEqual(['ESP:demonym']);
    const apposed = 'قال رئيس الوزراء الكرواتي، أندريه بلينكوفيتش، إن بلاده محايدة. وأضاف بلينكوفيتش أن القرار نهائي.';
    expect(found(apposed)).toEqual(['HRV:demonym', 'HRV:leader', 'HRV:leader']);
  });
});
