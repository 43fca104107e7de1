import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../text/normalize';
import { resolveDate } from './dates';
import { extractArticle } from '../pipeline';

const at = (sentence: string, published: string, dayPrecise = true) =>
  resolveDate(normalizeTerm(sentence), published, dayPrecise);

describe('dating a reported position', () => {
  it('uses the publication date when the sentence names no earlier time', () => {
    expect(at('أبدت بريطانيا وفرنسا وأستراليا استعدادها لإرسال قوات.', '2025-07-07')).toBe('2025-07-07');
  });

  it('takes the last day of an earlier month named in the sentence', () => {
    expect(at('وقال ستارمر في فبراير/شباط: يجب أن يكون هناك دعم أمريكي', '2025-07-07')).toBe('2025-02-28');
    expect(at('شاركت ست وعشرون دولة في اجتماع افتراضي في أبريل.', '2025-07-07')).toBe('2025-04-30');
  });

  it('reads "last month" and a past weekday against the publication date', () => {
    expect(at('الذي ترأس قمة القادة في أواخر الشهر الماضي', '2025-04-10')).toBe('2025-03-31');
    expect(at('قال الكرملين يوم الأربعاء إن بوتين دعا ترامب', '2025-02-13')).toBe('2025-02-12');
  });

  it('ignores weekdays when the publication date is only approximate', () => {
    expect(at('قال الكرملين يوم الأربعاء', '2025-07-07', false)).toBe('2025-07-07');
  });

  it('never dates a statement after its publication, nor in last year for a month still to come', () => {
    // A meeting announced for October is announced now: the statement keeps the publication date.
    expect(at('ستستضيف بريطانيا اجتماعا الخميس المقبل في أكتوبر', '2025-07-07')).toBe('2025-07-07');
    expect(at('ستبقى القوات في مواقعها حتى ديسمبر المقبل', '2025-05-21')).toBe('2025-05-21');
  });

  it('reads "حتى مارس الماضي" (until last March) as a stance held until then', () => {
    expect(at('كانت تكتفي حتى مارس الماضي بإبداء الاستعداد للنظر في المشاركة', '2025-05-21')).toBe('2025-03-31');
  });
});

describe('dating with a qualified month', () => {
  it('reads "أواخر مارس" (late March) as March', () => {
    expect(at('ترأس ماكرون قمة القادة في أواخر مارس', '2025-04-10')).toBe('2025-03-31');
    expect(at('ترأس ماكرون قمة القادة أواخر مارس', '2025-04-10')).toBe('2025-03-31');
  });
});

describe('dating a sentence by its statements', () => {
  const dateOf = (text: string) =>
    extractArticle(
      {
        id: 't',
        file: 't.txt',
        lang: 'ar',
        published: '2025-03-15',
        date_precision: 'day',
        source: 'test',
        date_basis: 'test',
      },
      text,
    ).positions.map((p) => p.position.date);

  it('does not date a statement by a relative clause about the speaker', () => {
    expect(dateOf('قال رئيس الوزراء الكندي، الذي تسلم منصبه أمس، إن أوتاوا مستعدة لإرسال قوات إلى أوكرانيا.')).toEqual([
      '2025-03-15',
    ]);
  });

  it('still dates it by a time said of the statement itself', () => {
    expect(dateOf('قال رئيس الوزراء الكندي أمس إن أوتاوا مستعدة لإرسال قوات إلى أوكرانيا.')).toEqual(['2025-03-14']);
  });
});
