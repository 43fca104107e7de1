import { describe, expect, it } from 'vitest';
import { readSentences } from '../eval/read-sentences';

const zones = (text: string) =>
  readSentences(text).sentences.flatMap((s) =>
    s.clauses.flatMap((c) => c.zones.map((z) => `${z.kind}:${s.view.words.slice(z.from, z.to).join(' ')}`)),
  );

describe('condition and reason zones', () => {
  it('tells an "if needed" from a plain "if" and a requirement', () => {
    expect(zones('وهي مستعدة لإرسال قوات إذا لزم الأمر.')).toEqual(['ifNeeded:اذا لزم الامر']);
    expect(zones('وهي مستعدة لإرسال قوات في حال التوصل إلى هدنة.')).toEqual(['if:في حال التوصل الي هدنه']);
    expect(zones('وهي مستعدة لإرسال قوات شريطة موافقة البرلمان.')).toEqual(['requirement:شريطه موافقه البرلمان']);
  });

  it('ends a condition that opens the sentence at its answer', () => {
    expect(zones('إذا قررت الحكومة المشاركة، فيجب أولا التصويت في البرلمان.')).toEqual([
      'if:اذا قررت الحكومه المشاركه',
      'requirement:فيجب اولا التصويت في البرلمان',
    ]);
  });

  it('reads "دون" after a refusal as an exception, but not "دون إرسال" as a condition', () => {
    expect(zones('لن ترسل قوات دون تفويض أممي.')).toEqual(['exception:دون تفويض اممي']);
    expect(zones('ستقدم دعما دون إرسال قوات.')).toEqual([]);
  });

  it('does not take "إلا أن" (however) or a source\'s anonymity for a condition', () => {
    expect(zones('وافقت الحكومة، إلا أن البرلمان لم يصوت.')).toEqual([]);
    expect(zones('وتحدث المسؤول بشرط عدم الكشف عن هويته.')).toEqual([]);
  });

  it('reads a reason', () => {
    expect(zones('رفضت المشاركة بسبب حيادها.')).toEqual(['reason:بسبب حيادها']);
  });

  it('sets a position the holder has since left apart, up to the verb that says where it stands now', () => {
    expect(zones('قالت إن بلادها، بعد أن كانت ترفض أي دور عسكري، باتت مستعدة للمشاركة.')).toEqual([
      'past:بعد ان كانت ترفض اي دور عسكري',
    ]);
  });
});
