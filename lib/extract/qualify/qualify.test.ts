import { describe, expect, it } from 'vitest';
import { readSentences } from '../eval/read-sentences';
import { carryConditions, qualifySentence } from './qualify';

const named = (text: string) => {
  const { article, sentences } = readSentences(text);
  const readings = sentences.map((s) => ({ view: s.view, clauses: s.clauses, signals: s.signals }));
  const first = readings.flatMap((r, i) => qualifySentence(article, r, i));
  return carryConditions(article, readings, first).map((s) => `${s.iso3}:${s.reason?.names?.join('~') ?? '-'}`);
};

const qualified = (text: string) => {
  const { article, sentences } = readSentences(text);
  const readings = sentences.map((s) => ({ view: s.view, clauses: s.clauses, signals: s.signals }));
  const first = readings.flatMap((r, i) => qualifySentence(article, r, i));
  return carryConditions(article, readings, first).map(
    (s) => `${s.iso3}:${s.stance}${s.reason ? `/${s.reason.code}` : ''}`,
  );
};

describe('conditions and reasons', () => {
  it('keeps an offer whose condition is the force\'s own premise, or "if needed"', () => {
    expect(qualified('أعلنت النرويج استعدادها لإرسال قوات بعد التوصل إلى وقف لإطلاق النار.')).toEqual([
      'NOR:troops_offered',
    ]);
    expect(qualified('أعلنت النرويج استعدادها لإرسال قوات إذا لزم الأمر.')).toEqual(['NOR:troops_offered']);
  });

  it('makes an offer conditional on a requirement the country sets, with its reason', () => {
    expect(qualified('أعلنت النرويج استعدادها لإرسال قوات شريطة موافقة البرلمان.')).toEqual([
      'NOR:conditional/parliament_approval_required',
    ]);
  });

  it("takes a refusal's reason from a later clause about the same country", () => {
    expect(qualified('قالت فنلندا إنها لن ترسل قوات، موضحة أن جيشها ضروري لحماية حدودها الطويلة.')).toEqual([
      'FIN:declined/home_defence',
    ]);
  });

  it('completes an earlier offer with a condition said in the next sentence', () => {
    expect(qualified('أبدت البرتغال استعدادها لإرسال جنود. وأضافت أن ذلك مرهون بتفويض من مجلس الأمن.')).toEqual([
      'PRT:conditional/legal_basis_required',
    ]);
  });

  it('pairs reasons "respectively" by the repeated preposition', () => {
    expect(
      qualified('رفضت المجر وسلوفينيا إرسال جنود، مستشهدتين بالحياد الدستوري وبقيود الميزانية على التوالي.'),
    ).toEqual(['HUN:declined/neutrality', 'SVN:declined/capacity_limits']);
  });

  it('names the countries and bodies a reason cites, with their clitics', () => {
    expect(named('أبدت البرتغال استعدادها لإرسال جنود بشرط الحصول على تفويض من مجلس الأمن.')).toEqual([
      'PRT:un_security_council',
    ]);
    expect(named('قالت ألمانيا إنها لن ترسل قوات دون موافقة البوندستاغ.')).toEqual(['DEU:bundestag']);
    expect(named('قالت رومانيا إنها لن ترسل جنودا بسبب التهديدات التي تواجهها من روسيا.')).toEqual(['ROU:RUS']);
  });

  it('does not give a country its own name as a reason', () => {
    expect(qualified('قالت واشنطن إنها لن ترسل قوات أمريكية إلى أوكرانيا.')).toEqual(['USA:declined']);
  });
});
