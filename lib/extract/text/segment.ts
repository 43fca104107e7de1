/** A sentence of the original article text; offsets are UTF-16 code units into that text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '\n', '…']);
const CLOSING = new Set(['"', '”', '’', '»', ')', "'"]);

/** The text right after a digit continues with a percent sign or word. */
const isPercent = (after: string): boolean => /^\s*(?:%|٪|في الم|بالم)/.test(after);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(ch);
}

/**
 * Splits text into sentences at full stops, question and exclamation marks and line breaks, but not inside
 * numbers (1.1 مليار) or abbreviations written with single Latin letters. Closing quotes stay with their sentence.
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) {
      sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!TERMINATORS.has(ch)) continue;
    if (ch === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    // "5. 3%": some agency feeds render the decimal "3ر5" as digit, full stop, space, digit; it ends no sentence.
    if (ch === '.' && isDigit(text[i - 1]) && text[i + 1] === ' ' && isDigit(text[i + 2]) && !isDigit(text[i + 3] ?? '') && isPercent(text.slice(i + 3, i + 16))) continue;
    if (ch === '.' && /[A-Za-z]/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i - 2] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) && text[end] !== '\n')) end++;
    while (end < text.length && CLOSING.has(text[end]!)) end++;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return sentences;
}
