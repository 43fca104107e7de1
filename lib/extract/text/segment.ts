/** A sentence of the original article text; offsets are UTF-16 code units into that text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** It starts a paragraph (a line break before it that does not only wrap a line). */
  opensParagraph: boolean;
  /** Its paragraph ends with a question mark: in an interview, the interviewer's turn. */
  paragraphAsks: boolean;
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '\n', '…']);
const CLOSING = new Set(['"', '”', '’', '»', ')', "'"]);

/** The text right after a digit continues with a percent sign or word. */
const isPercent = (after: string): boolean => /^\s*(?:%|٪|في الم|بالم)/.test(after);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(ch);
}

/** Wrapped copy: lines of about this many characters that end mid-sentence. Longer lines are paragraphs. */
const WRAP_MIN = 40;
const WRAP_MAX = 140;
// A closing quote ends a sentence only after the sentence's own stop: "… قانون الحياد "لا يسمح"\nللنمسا …" goes on.
const ENDS_SENTENCE = /(?:[.!?؟:…)]|[.!?؟…]["”»'’])\s*$/;
/** A bracket that closes a word or two, not a sentence: "(السيماس)". */
const OPEN_BRACKET_END = /[^\s.!?؟…"”»]\)\s*$/;
/** A flash line or a list item: "عاجل | …"، "عاجل: …"، "- …"، "• …"، "3) …". */
const ITEM_START = /^(?:عاجل\s*[|:：]|[-•*–—]\s|\d{1,2}[.)]\s)/;
/** Words no sentence ends on: prepositions, "أن", "و", relative pronouns. */
const DANGLING = /(?:^|\s)(?:إلى|الى|على|علي|في|من|عن|مع|أن|ان|إن|بين|الذي|التي|الذين|ضد|نحو|حول|لدى|عبر|و)\s*$/;

/**
 * The line breaks that only wrap a sentence ("… ما يعني ضخ نحو 300 مليار\nكرونة إضافية"): a break inside a
 * paragraph after a line of wrapping length that ends with no punctuation. The first block of the article, when it
 * is one or two lines, is its headline and sub-headline: each of those lines is a sentence.
 */
function softBreaks(text: string): Set<number> {
  const soft = new Set<number>();
  const lines: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const blank = (k: number) => !text.slice(lines[k]!.start, lines[k]!.end).trim();
  const firstBlockEnd = lines.findIndex((_, k) => k > 0 && blank(k) && !blank(k - 1));
  const firstContent = lines.findIndex((_, k) => !blank(k));
  const headline = firstBlockEnd >= 0 && firstBlockEnd - firstContent <= 2;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (blank(k) || blank(k + 1)) continue;
    const line = text.slice(lines[k]!.start, lines[k]!.end).trim();
    // "… يوافق على إرسال ما يصل إلى\n150 جنديا": no sentence ends on a preposition or a conjunction, headline or not.
    if (DANGLING.test(line)) {
      soft.add(lines[k]!.end);
      continue;
    }
    // The first line is a headline (or a dateline line) however the rest is laid out.
    if (k === firstContent || (headline && k < firstBlockEnd)) continue;
    // A wrapped line goes on with a line of about its length, not with a whole paragraph on one line.
    const next = text.slice(lines[k + 1]!.start, lines[k + 1]!.end).trim();
    // "عاجل | …"، "- …"، "• …": a line that opens an item of its own starts a sentence, whatever came before.
    if (ITEM_START.test(next)) continue;
    // "وافق البرلمان الليتواني (السيماس)\nاليوم …": a bracket closed with no full stop before it ends no sentence.
    const ends = ENDS_SENTENCE.test(line) && !OPEN_BRACKET_END.test(line);
    if (line.length >= WRAP_MIN && line.length <= WRAP_MAX && next.length <= 2 * WRAP_MAX && !ends)
      soft.add(lines[k]!.end);
  }
  return soft;
}

/**
 * Splits text into sentences at full stops, question and exclamation marks and line breaks, but not inside
 * numbers (1.1 مليار), abbreviations written with single Latin letters or a line that only wraps. Closing quotes stay with their sentence.
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
      const before = text.slice(sentences[sentences.length - 1]?.end ?? 0, s);
      sentences.push({
        index: sentences.length,
        start: s,
        end: e,
        text: text.slice(s, e),
        opensParagraph: sentences.length === 0 || before.includes('\n'),
        paragraphAsks: false,
      });
    }
  };
  const soft = text.includes('\n') ? softBreaks(text) : new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!TERMINATORS.has(ch)) continue;
    if (ch === '\n' && soft.has(i)) continue;
    if (ch === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    // "5. 3%": some agency feeds render the decimal "5ر3" (3.5) as digit, full stop, space, digit; it ends no sentence.
    if (
      ch === '.' &&
      isDigit(text[i - 1]) &&
      text[i + 1] === ' ' &&
      isDigit(text[i + 2]) &&
      !isDigit(text[i + 3] ?? '') &&
      isPercent(text.slice(i + 3, i + 16))
    )
      continue;
    if (
      ch === '.' &&
      /[A-Za-z]/.test(text[i - 1] ?? '') &&
      !/[A-Za-z]/.test(text[i - 2] ?? '') &&
      /[A-Za-z]/.test(text[i + 1] ?? '')
    )
      continue;
    // "العربية.نت": a site's name, not a full stop.
    if (
      ch === '.' &&
      /\p{L}/u.test(text[i - 1] ?? '') &&
      /^(?:نت|كوم|net|com|org)(?![\p{L}])/u.test(text.slice(i + 1, i + 5))
    )
      continue;
    let end = i + 1;
    while (end < text.length && TERMINATORS.has(text[end]!) && text[end] !== '\n') end++;
    while (end < text.length && CLOSING.has(text[end]!)) end++;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  markQuestionParagraphs(sentences);
  return sentences;
}

/** Marks the sentences of each paragraph whose last sentence asks a question. */
function markQuestionParagraphs(sentences: Sentence[]): void {
  if (!sentences.length) return;
  let first = 0;
  for (let i = 0; i <= sentences.length; i++) {
    if (i < sentences.length && (i === 0 || !sentences[i]!.opensParagraph)) continue;
    const asks = ASKS.test(sentences[i - 1]!.text);
    for (let k = first; k < i; k++) sentences[k]!.paragraphAsks = asks;
    first = i;
  }
}
const ASKS = /[؟?]["”»'’)]*$/;
