import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './normalize';
import { tokenize } from './tokenize';
import { describeAmounts, excludedAmount, mentionsDefenceSpending, readAmounts } from './figures';

const words = (sentence: string) => tokenize(normalizeArabic(sentence).text).map((t) => t.text);
const read = (sentence: string, published = 2025) => {
  const ws = words(sentence);
  if (!mentionsDefenceSpending(ws.join(' '))) return [];
  return describeAmounts(ws, readAmounts(ws), published)
    .filter((f) => !excludedAmount(ws, f.span))
    .map(({ kind, value, unit, year }) => ({ kind, value, unit, ...(year ? { year } : {}) }));
};

describe('defence-spending figures', () => {
  it('reads an increase in pounds with its scale and year (article 000)', () => {
    expect(read('أعلن ستارمر عن زيادة سنوية بقيمة 6 مليارات جنيه إسترليني في الإنفاق الدفاعي في المملكة المتحدة بحلول عام 2027 هذا الأسبوع')).toEqual(
      [{ kind: 'increase', value: 6e9, unit: 'GBP', year: 2027 }]);
  });

  it('reads a share of GDP as a target when the sentence says "to", in Arabic-Indic digits', () => {
    expect(read('تعتزم بولندا رفع الإنفاق الدفاعي إلى ٤٫٧٪ من الناتج المحلي الإجمالي')).toEqual([{ kind: 'target', value: 4.7, unit: 'pct_gdp' }]);
  });

  it('reads "from X now to Y by a year" as a level and a target', () => {
    expect(read('تستعد برلين لرفع إنفاقها الدفاعي من 2.4 في المئة من الناتج المحلي الإجمالي حالياً إلى 3.5 في المئة بحلول عام 2029')).toEqual([
      { kind: 'level', value: 2.4, unit: 'pct_gdp' },
      { kind: 'target', value: 3.5, unit: 'pct_gdp', year: 2029 },
    ]);
  });

  it('dates "this year" and "last year" from the publication year', () => {
    expect(read('ويبلغ الإنفاق الدفاعي لبولندا 4.7 في المائة من ناتجها المحلي هذا العام', 2025)).toEqual([{ kind: 'level', value: 4.7, unit: 'pct_gdp', year: 2025 }]);
    expect(read('بلغ الإنفاق العسكري 2 بالمئة من الناتج العام الماضي', 2025)).toEqual([{ kind: 'level', value: 2, unit: 'pct_gdp', year: 2024 }]);
  });

  it('names the currency of a dollar or a krone by its adjective', () => {
    expect(read('زيادة قدرها 9 مليارات دولار كندي في ميزانية الدفاع')).toEqual([{ kind: 'increase', value: 9e9, unit: 'CAD' }]);
    expect(read('رفعت ميزانية الدفاع بمقدار 5 مليارات كرونة نرويجية')).toEqual([{ kind: 'increase', value: 5e9, unit: 'NOK' }]);
  });

  it('ignores money that is not defence spending', () => {
    expect(read('أكد ترامب أن روسيا حصلت على مبيعات وقود بقيمة 1.1 مليار يورو من الاتحاد الأوروبي')).toEqual([]);
    expect(read('ويبلغ متوسط الإنفاق الدفاعي للدول الأوروبية الأعضاء في الحلف نحو 2 في المئة من الناتج المحلي')).toEqual([]);
    expect(read('وتنفق إستونيا 3.4 في المئة على الدفاع، فيما تخصص 0.25 في المئة من ناتجها سنوياً للمساعدات العسكرية لكييف')).toEqual(
      [{ kind: 'level', value: 3.4, unit: 'pct_gdp' }]);
  });
});
