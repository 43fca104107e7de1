import type { Mention } from './countries';

/**
 * A dateline opens a paragraph: a place (and maybe its country), maybe the agency in brackets, a slash-delimited
 * agency or the outlet in quotes, then a dash: "مدريد (رويترز) -"، "كييف ، أوكرانيا (AP)-"، "لندن: «الشرق الأوسط» -"،
 * "كانبيرا في 9 مارس /العمانية/"، "كييف/ أوكرانيا بالعربية/". Normalised text, so the quotes are already plain.
 */
const PLACE = '[^\\s،,:()"\\-–—./]+(?:\\s[^\\s،,:()"\\-–—./]+)?';
const AGENCY = '(?:\\([^)\\n]{1,40}\\)|:[ \\t]*"[^"\\n]{1,40}"|\\s*/[^/\\n]{1,40}/)';
const DATED = '(?:\\s+في\\s+\\d{1,2}\\s+\\S+)?';
const DATELINE = new RegExp(
  `^[ \\t]*${PLACE}(?:[ \\t]*[،,][ \\t]*${PLACE})?${DATED}[ \\t]*(?:${AGENCY}[ \\t]*[-–—]?|[-–—])`,
  'u',
);

/** The mentions with those that sit in a paragraph's dateline flagged; the input is left as it is. */
export function markDatelines(normalized: string, mentions: readonly Mention[]): Mention[] {
  const inDateline = new Set<Mention>();
  let paragraph = 0;
  while (paragraph < normalized.length) {
    const next = normalized.indexOf('\n', paragraph);
    const end = next < 0 ? normalized.length : next;
    const match = DATELINE.exec(normalized.slice(paragraph, Math.min(end, paragraph + 120)));
    // Only a place that opens the paragraph: "وقال ماكرون -" is a speaker, not a dateline.
    const opening = paragraph + (match?.[0].length ?? 0) - (match?.[0].trimStart().length ?? 0);
    if (match && mentions.some((m) => m.start === opening)) {
      const limit = paragraph + match[0].length;
      for (const m of mentions) if (m.start >= paragraph && m.end <= limit) inDateline.add(m);
    }
    paragraph = end + 1;
  }
  return mentions.map((m) => (inDateline.has(m) ? { ...m, dateline: true } : m));
}
