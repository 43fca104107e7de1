import { changesStrings } from '@/lib/i18n/changes-strings';
import type { Lang } from '@/lib/i18n/langs';
import type { ChangeView } from './present';

/** Characters XML 1.0 forbids (C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates) are dropped. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for XML or HTML content and attribute values. */
export function escapeMarkup(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An entry's body as HTML: the change, its reason, the Arabic evidence, and the two links. */
export function entryHtml(entry: ChangeView, lang: Lang): string {
  const s = changesStrings(lang);
  const e = escapeMarkup;
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return [
    `<div lang="${lang}" dir="${dir}">`,
    `<p><strong>${e(entry.country)}</strong>: ${e(entry.from)} ${s.arrow} ${e(entry.to)} (${e(entry.dateText)})</p>`,
    entry.reason ? `<p>${e(entry.reasonLabel)}: ${e(entry.reason)}</p>` : '',
    `<blockquote lang="ar" dir="rtl">${e(entry.evidence)}</blockquote>`,
    `<p><a href="${e(entry.articleUrl)}">${e(s.openArticle)}</a> · <a href="${e(entry.mapUrl)}">${e(s.openMap)}</a></p>`,
    '</div>',
  ].join('');
}

/** The same as plain text, for readers that show no HTML. */
export function entryText(entry: ChangeView, lang: Lang): string {
  const s = changesStrings(lang);
  return [
    `${entry.country}: ${entry.from} ${s.arrow} ${entry.to} (${entry.dateText})`,
    entry.reason ? `${entry.reasonLabel}: ${entry.reason}` : null,
    entry.evidence,
    `${s.openArticle}: ${entry.articleUrl}`,
    `${s.openMap}: ${entry.mapUrl}`,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}
