import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { recognizeCountries } from './countries';
import { markDatelines } from './datelines';

const find = (text: string, date = '2025-04-10') => {
  const norm = normalizeArabic(text);
  return recognizeCountries(tokenize(norm.text), date).map((m) => `${m.iso3}:${m.kind}`);
};

describe('country recognition', () => {
  it('knows spelling variants and multi-word names, longest first', () => {
    expect(find('لوكسمبورج ولوكسمبورغ')).toEqual(['LUX:name', 'LUX:name']);
    expect(find('بيلاروسيا وروسيا البيضاء وروسيا')).toEqual(['BLR:name', 'BLR:name', 'RUS:name']);
    expect(find('بريطانيا العظمى والمملكة المتحدة')).toEqual(['GBR:name', 'GBR:name']);
  });

  it('reads demonyms in every gender and number, with أمريكي and أميركي', () => {
    expect(find('القوات البريطانية والرئيس الفرنسي والمسؤولين الأمريكيين والدعم الأميركي')).toEqual([
      'GBR:demonym',
      'FRA:demonym',
      'USA:demonym',
      'USA:demonym',
    ]);
  });

  it('strips clitics: وفرنسا، لبريطانيا، بالولايات المتحدة', () => {
    expect(find('وفرنسا لبريطانيا بالولايات المتحدة')).toEqual(['FRA:name', 'GBR:name', 'USA:name']);
  });

  it('takes capitals and institutions for their governments', () => {
    expect(find('واشنطن والبيت الأبيض والبنتاغون وداونينج ستريت والإليزيه والكرملين وموسكو')).toEqual([
      'USA:seat',
      'USA:seat',
      'USA:seat',
      'GBR:seat',
      'FRA:seat',
      'RUS:seat',
      'RUS:seat',
    ]);
  });

  it('takes office holders for their country only during their term', () => {
    expect(find('قال ستارمر وماكرون', '2025-04-10')).toEqual(['GBR:leader', 'FRA:leader']);
    expect(find('قال ميرز', '2025-04-10')).toEqual([]);
    expect(find('قال ميرز', '2025-09-04')).toEqual(['DEU:leader']);
  });

  it('does not mistake the word "كيف" (how) for Kyiv', () => {
    expect(find('كيف يمكن للقارة أن تفعل ذلك')).toEqual([]);
  });
});

describe('datelines', () => {
  const datelines = (text: string) => {
    const norm = normalizeArabic(text);
    const mentions = markDatelines(norm.text, recognizeCountries(tokenize(norm.text), '2025-09-04'));
    return mentions.map((m) => `${m.iso3}${m.dateline ? ':dateline' : ''}`);
  };

  it('marks the place a report was filed from, not the actors after it', () => {
    expect(datelines('كييف ، أوكرانيا (AP)-قال الرئيس الفرنسي إيمانويل ماكرون')).toEqual([
      'UKR:dateline',
      'UKR:dateline',
      'FRA',
      'FRA',
    ]);
    expect(datelines('لندن: «الشرق الأوسط» - أعلن الرئيس الفرنسي')).toEqual(['GBR:dateline', 'FRA']);
    expect(datelines('مقدمة\nمدريد (رويترز) - قال سانشيز')).toEqual(['ESP:dateline', 'ESP']);
  });

  it('leaves a speaker before a dash and a headline speaker alone', () => {
    expect(datelines('وقال ماكرون - الذي ترأس القمة - إن فرنسا مستعدة')).toEqual(['FRA', 'FRA']);
    expect(datelines('سانشيز: إسبانيا لا تستبعد المشاركة')).toEqual(['ESP', 'ESP']);
  });
});
