import { describe, expect, it } from 'vitest';
import { readSentences } from '../eval/read-sentences';
import { compilePattern, matchPattern } from './pattern';

const match = (pattern: string, text: string) => {
  const s = readSentences(text).sentences[0]!;
  const found = matchPattern(
    compilePattern(pattern),
    s.facts,
    s.view.words.map((_, i) => i),
  );
  return found ? s.view.words.slice(found.first, found.last + 1).join(' ') : null;
};

describe('the stance pattern language', () => {
  it('matches word classes in order with gaps', () => {
    expect(match('@ready …3 @send …4 @troops', 'أعلنت الحكومة استعدادها لإرسال وحدة من الجنود.')).toBe(
      'استعدادها لارسال وحده',
    );
  });

  it('does not skip more words than a gap allows', () => {
    expect(match('@ready …1 @troops', 'مستعدة للتفكير في إرسال قوات.')).toBeNull();
  });

  it('skips the words of a country name for free', () => {
    expect(match('@offer …1 @send', 'عرضت المملكة المتحدة وفرنسا نشر قوات.')).toBe('عرضت المملكه المتحده وفرنسا نشر');
  });

  it('reads negation flags and alternatives', () => {
    expect(match('@send+neg …2 @troops', 'لن ترسل قوات.')).toBe('ترسل قوات');
    expect(match('@send-neg …2 @troops', 'لن ترسل قوات.')).toBeNull();
    expect(match('@refuse|@ruleOut …2 @send', 'استبعدت إرسال قوات.')).toBe('استبعدت ارسال');
  });

  it('matches plain words with their clitics, and marks the cue', () => {
    const s = readSentences('ويضم التحالف بقيادة فرنسا عشرين دولة.').sentences[0]!;
    const found = matchPattern(
      compilePattern('@coalition …3 ^بقياده'),
      s.facts,
      s.view.words.map((_, i) => i),
    );
    expect(s.view.words[found!.cue]).toBe('بقياده');
  });

  it('rejects unknown flags when it compiles', () => {
    expect(() => compilePattern('@send+maybe')).toThrow(/unknown pattern flag/);
  });
});

describe('pattern compilation', () => {
  it('rejects a class no vocabulary defines', () => {
    expect(() => compilePattern('@sendd …2 @troops')).toThrow(/unknown word class/);
  });
});
