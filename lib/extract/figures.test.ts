import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './normalize';
import { tokenize } from './tokenize';
import { mentionsDefenceSpending, readFigures } from './figures';

const read = (sentence: string) => {
  const norm = normalizeArabic(sentence).text;
  return mentionsDefenceSpending(norm) ? readFigures(tokenize(norm)).map(({ kind, value, unit, year }) => ({ kind, value, unit, year })) : [];
};

describe('defence-spending figures', () => {
  it('reads an increase in pounds with its scale and year', () => {
    expect(read('أعلن ستارمر عن زيادة سنوية بقيمة 6 مليارات جنيه إسترليني في الإنفاق الدفاعي في المملكة المتحدة بحلول عام 2027 هذا الأسبوع')).toEqual(
      [{ kind: 'increase', value: 6e9, unit: 'GBP', year: 2027 }]);
  });

  it('reads a share of GDP as a target when the sentence says "to"', () => {
    expect(read('تعتزم بولندا رفع الإنفاق الدفاعي إلى ٤٫٧٪ من الناتج المحلي الإجمالي')).toEqual([{ kind: 'target', value: 4.7, unit: 'pct_gdp', year: undefined }]);
  });

  it('ignores money that is not defence spending', () => {
    expect(read('أكد ترامب أن روسيا حصلت على مبيعات وقود بقيمة 1.1 مليار يورو من الاتحاد الأوروبي')).toEqual([]);
    expect(read('لم تفعل وزارة الدفاع بعد ذلك بعد ما يقرب من 4 مليارات دولار من الصناديق المعتمدة')).toEqual([]);
  });
});
