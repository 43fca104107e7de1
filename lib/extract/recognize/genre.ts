/**
 * Opinion columns give no positions (the annotation guide): a column is labelled as such in its first lines
 * ("رأي |"، "مقال رأي"، "وجهة نظر", or a headline that opens with "مقال رأي") or carries a by-line of its writer ("بقلم:"، "بقلم الكاتب").
 */
const OPINION_LABEL = /^\s*(?:رأي|راي|مقال رأي|مقال راي|وجهة نظر|وجهه نظر|قضايا وآراء|آراء|اراء)\s*[|:：\-–—]/m;
const BYLINE = /^\s*بقلم\s*[:：]?\s*\S/m;
/** A headline that opens with the label itself: "مقال رأي في «الصحيفة»: …". */
const OPINION_HEADLINE = /^\s*(?:مقال رأي|مقال راي|مقالة رأي)\s/m;
const HEAD_LINES = 3;

export function isOpinionColumn(original: string): boolean {
  const head = original
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, HEAD_LINES)
    .join('\n');
  return OPINION_LABEL.test(head) || BYLINE.test(head) || OPINION_HEADLINE.test(head);
}

/**
 * Where a column ends and reporting begins: a rule of dashes, stars or underscores on a line of its own, after which
 * papers run an agency box ("في السياق"، "(وكالات)"). Its offset in the text, or the text's length when there is none.
 */
export function columnEnd(original: string): number {
  const rule = /^[ \t]*(?:-{3,}|\*{3,}|_{3,}|—{2,})[ \t]*$/m.exec(original);
  return rule ? rule.index + rule[0].length : original.length;
}
