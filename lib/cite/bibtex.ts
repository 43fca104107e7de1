import { formatDate } from '@/lib/i18n/format';
import { getDictionary } from '@/lib/i18n/langs';
import { formatWhen, whenKey, whenYear } from './cite-when';
import type { Citation } from './citation';

/** LaTeX's special characters, and typographic quotes as TeX writes them. */
const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '“': '``',
  '”': "''",
  '‘': '`',
  '’': "'",
};

/** A text field's value with every special character escaped, in one pass (no escape is escaped twice). */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}#$%&_~^“”‘’]/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * A URL as a verbatim `url` field takes it: nothing is escaped there, so braces, backslashes and spaces (which would
 * unbalance or end the field) are percent-encoded instead; the URL still opens the same page.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A key that stays the same for the same view of the same data: `willing-atlas-2025-09-04-1a2b3c4d`. */
export function bibtexKey(c: Pick<Citation, 'when' | 'version'>): string {
  const version = c.version.replace(/[^A-Za-z0-9]/g, '') || 'unversioned';
  return `willing-atlas-${whenKey(c.when)}-${version}`;
}

/** The citation as one BibTeX `@misc` entry (biblatex reads `url`, `urldate` and `langid`; BibTeX styles `note`). */
export function bibtexEntry(c: Citation): string {
  const { cite } = getDictionary(c.lang);
  const note = cite.note(formatWhen(c.when, c.lang), c.version, formatDate(c.accessed, c.lang));
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(c.title)}}`],
    ['title', `{${escapeBibtex(`${c.title}: ${c.subtitle}`)}}`],
    ['year', whenYear(c.when, c.accessed)],
    ['url', bibtexUrl(c.url)],
    ['urldate', c.accessed],
    ['note', escapeBibtex(note)],
    ['version', escapeBibtex(c.version)],
    ['langid', cite.langid],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@misc{${bibtexKey(c)},\n${body}\n}\n`;
}
