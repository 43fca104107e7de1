/**
 * Arabic normalisation that keeps a map back to the original text, so every span found on the normalised
 * text can be reported as UTF-16 offsets into the article file.
 */
export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** origin[i] is the offset in the original text of normalised character i; origin[text.length] = original length. */
  origin: Int32Array;
}

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/;
const TATWEEL = '\u0640';

const CHAR_MAP: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ي: 'ي',
  ک: 'ك',
  ؤ: 'و',
  ئ: 'ي',
  '٫': '.',
  '٬': ',',
  '٪': '%',
  '،': '،',
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '„': '"',
  '\u00A0': ' ',
  '\u200F': '',
  '\u200E': '',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\uFEFF': '',
};

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (ch === TATWEEL || DIACRITICS.test(ch)) return '';
  const mapped = CHAR_MAP[ch];
  if (mapped !== undefined) return mapped;
  return ch.toLowerCase();
}

/** mapChar for every UTF-16 unit up to U+06FF, computed once; beyond that only lowercasing and the few specials. */
const TABLE: string[] = Array.from({ length: 0x700 }, (_, c) => mapChar(String.fromCharCode(c)));

export function normalizeArabic(original: string): NormalizedText {
  const parts: string[] = [];
  const origin = new Int32Array(original.length * 2 + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const out = code < 0x700 ? TABLE[code]! : mapChar(original[i]!);
    if (out.length === 0) continue;
    parts.push(out);
    for (let k = 0; k < out.length; k++) origin[n++] = i;
  }
  origin[n] = original.length;
  return { text: parts.join(''), origin: origin.slice(0, n + 1) };
}

/** Normalises a lexicon entry or a cue word the same way as article text. */
export function normalizeTerm(term: string): string {
  return normalizeArabic(term).text.replace(/\s+/g, ' ').trim();
}

/** Maps a [start, end) span of normalised text to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = norm.origin[start] ?? norm.origin[norm.origin.length - 1]!;
  // The end maps to one past the original character that produced the last normalised character.
  const last = end > start ? norm.origin[end - 1]! + 1 : s;
  return { start: s, end: last };
}
