import { describe, expect, it } from 'vitest';
import { readSentences } from '../eval/read-sentences';

/** The words a sentence's negations reach. */
const negated = (text: string) => {
  const s = readSentences(text).sentences[0]!;
  return s.view.words.filter((_, i) => s.facts.negatedBy[i]! >= 0);
};
const hedged = (text: string) => {
  const s = readSentences(text).sentences[0]!;
  return s.view.words.filter((_, i) => s.facts.hedgedBy[i]! >= 0);
};
const delegated = (text: string) => {
  const s = readSentences(text).sentences[0]!;
  return s.view.words.filter((_, i) => s.facts.delegatedBy[i]! >= 0);
};

describe('negation scope', () => {
  it('reaches the sending a negation governs', () => {
    expect(negated('قال إن بلاده لن ترسل قوات.')).toEqual(['ترسل', 'قوات']);
  });

  it('stops at a comma and at a clause of its own', () => {
    expect(negated('لا تشعر بقلق من أن يؤدي إرسال قوات إلى ذلك.')).toEqual(['تشعر', 'بقلق', 'من']);
  });

  it('leaves "لا يزال" and "غير أن" alone, and "غير" negates one word', () => {
    expect(negated('لا يزال الوقت مبكرا.')).toEqual([]);
    expect(negated('وافقت، غير أن المشاركة مؤجلة.')).toEqual([]);
    expect(negated('في مناطق غير قتالية داخل البلاد.')).toEqual(['قتاليه']);
  });

  it('reads a denial as a negation', () => {
    expect(negated('تنفي الحكومة دراسة إرسال قوات.')).toEqual(['الحكومه', 'دراسه', 'ارسال', 'قوات']);
  });
});

describe('hedges and acts delegated to others', () => {
  it('marks what a hedge governs', () => {
    expect(hedged('قد تساهم البلاد بقوات.')).toEqual(['تساهم', 'البلاد', 'بقوات']);
    expect(hedged('قد قررت الحكومة المشاركة.')).toEqual([]);
  });

  it('marks what someone else is urged or persuaded to do', () => {
    expect(delegated('حاولت الحكومة إقناع واشنطن بتقديم الدعم.')).toEqual(['واشنطن', 'بتقديم', 'الدعم']);
  });
});
