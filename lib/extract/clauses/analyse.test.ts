import { describe, expect, it } from 'vitest';
import { readSentences } from '../eval/read-sentences';

/** Each clause as "role:holder" (holder = countries joined with +, or - for nobody). */
const holders = (text: string) =>
  readSentences(text).sentences.map((s) =>
    s.clauses
      .map(
        (c) =>
          `${c.role}:${c.holder ? c.holder.countries.join('+') : '-'}${c.group ? ':group' : ''}${c.nonGovernment ? ':other' : ''}`,
      )
      .join(' '),
  );

describe('whose words a clause states', () => {
  it('gives reported speech about "his country" to the speaker', () => {
    expect(holders('قال رئيس الوزراء البلجيكي إن بلاده مستعدة للمساهمة.')).toEqual(['speaker:BEL content:BEL']);
  });

  it('gives a named subject of the content its own words', () => {
    expect(holders('قال المتحدث باسم الحكومة الهولندية إن النرويج وافقت.')).toEqual(['speaker:NLD content:NOR']);
  });

  it("gives the words of an office's spokesman to the country the office belongs to, not to the last one named", () => {
    expect(
      holders(
        'أبدت كندا استعدادها. أما في آسيا، فقد قال المتحدث باسم الرئاسة الكورية الجنوبية إن بلاده لا تعتزم المشاركة.',
      )[1],
    ).toBe('speaker:KOR content:KOR');
  });

  it('carries a dropped subject from the sentence before', () => {
    expect(holders('أعلنت السويد دعمها للخطة. وأضافت أنها ستشارك.')).toEqual(['plain:SWE', 'speaker:SWE content:SWE']);
  });

  it('finds no country in a group subject, but the members a group names', () => {
    expect(holders('قالت 20 دولة إنها مستعدة.')[0]).toMatch(/content:-/);
    expect(holders('وأعلنت 20 دولة استعدادها.')[0]).toMatch(/plain:-:group/);
    expect(holders('لم تستبعد دول عدة، بما في ذلك البرتغال واليونان، المشاركة.')).toEqual(['plain:PRT+GRC']);
  });

  it('gives no position to a newspaper, the opposition or unnamed sources', () => {
    expect(holders('رفضت المعارضة الهولندية إرسال جنود.')).toEqual(['plain:-:other']);
    expect(holders('وقالت مصادر دبلوماسية إن كندا مستعدة.')).toEqual(['speaker:-:other content:CAN']);
  });

  it('refers "the latter" to the last of two countries just named', () => {
    expect(holders('أبدت النرويج والدنمارك استعدادهما، بينما شددت الأخيرة على أن مشاركتها مشروطة.')[0]).toMatch(
      /speaker:DNK content:DNK/,
    );
  });

  it('resumes the subject after a relative clause', () => {
    expect(holders('وقالت فنلندا، التي تشترك في حدود طويلة مع روسيا، إنها لن تشارك.')[0]).toMatch(
      /^plain:FIN plain:FIN/,
    );
  });

  it('does not take a dateline or a venue for a subject', () => {
    expect(holders('لندن (رويترز) - اجتمع القادة في باريس.')[0]).toMatch(/plain:-/);
  });

  it('gives the words before a trailing "قال X" to X, and nobody\'s to a party to the war', () => {
    expect(holders('هذه ليست حربنا، قال الرئيس الأوكراني.')[0]).toMatch(/unreported/);
  });

  it("gives a party official's words to nobody, however far into the speaker part the official is named", () => {
    expect(holders('وفي موسكو قال وزير الخارجية سيرغي لافروف إن أي قوات غربية ستكون هدفا.')[0]).toMatch(
      /^speaker:-:other/,
    );
    expect(holders('من جهتها أكدت وزارة الخارجية الروسية أن نشر أي قوات غير مقبول.')[0]).toMatch(/^speaker:-:other/);
  });

  it('reads "دون أن" and "أي طلب" as no verb of saying', () => {
    expect(holders('قال رئيس الوزراء النيوزيلندي إن بلاده مستعدة للنظر في أي طلب للمشاركة دون أن يحدد حجمها.')).toEqual(
      ['speaker:NZL content:NZL'],
    );
  });

  it('starts a new predicate of the same subject at "كما" before a verb', () => {
    expect(holders('وأبدت البرتغال استعدادها لتدريب الجنود كما أشارت إلى أن إنفاقها سيرتفع.')).toEqual([
      'plain:PRT speaker:PRT content:PRT',
    ]);
  });

  it('gives a second "وأن" of the same speech its own subject', () => {
    expect(
      holders('وأعلن رئيسا وزراء الدنمارك والنرويج أن كوبنهاغن مستعدة للمساهمة وأن أوسلو جاهزة لتحمل نصيبها.'),
    ).toEqual(['speaker:DNK+NOR content:DNK content:NOR']);
  });

  it('gives an official of no one country, and a count of countries in words, to nobody', () => {
    expect(holders('وقال مسؤول أوروبي إن حوالي عشر دول مستعدة لإرسال جنود.')[0]).toMatch(/^speaker:-:other content:-/);
  });
});
