import { editorStrings } from '@/lib/i18n/editor-strings';
import { getDictionary, type Lang } from '@/lib/i18n/langs';
import { SPENDING_KINDS } from '@/lib/schema/positions';
import { REASON_CODES, STANCES } from '@/lib/schema/stance';

const has = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** The last part of a dotted path: "current.reason.code" → "code", with its parent for reason fields. */
function lastParts(field: string): [string, string] {
  const parts = field.split('.');
  return [parts.at(-2) ?? '', parts.at(-1) ?? ''];
}

/** The name of a field of a position, figure or article the history shows, or null for one it does not know. */
export function fieldLabel(field: string, lang: Lang): string | null {
  const strings = editorStrings(lang);
  const [parent, last] = lastParts(field);
  if (parent === 'reason' && last === 'code') return strings.item.reasonCode;
  if (parent === 'reason' && last === 'text') return strings.item.reasonText;
  const labels: Record<string, string> = {
    stance: strings.item.stance,
    date: strings.item.date,
    kind: strings.item.kind,
    value: strings.item.value,
    unit: strings.item.unit,
    year: strings.item.year,
    review: strings.history.review,
    note: strings.item.note,
    reviewedBy: strings.history.reviewedBy,
    reviewedAt: strings.history.reviewedAt,
    status: strings.draft.statusLabel,
    publishedAt: strings.history.publishedAt,
    dataVersion: strings.publish.version,
    articles: strings.history.articles,
    positions: strings.history.positions,
    figures: strings.history.figures,
  };
  return labels[last] ?? null;
}

/** A code value in words (a stance, reason, spending kind, review state or article status), or null. */
export function valueName(field: string, value: string, lang: Lang): string | null {
  const dict = getDictionary(lang);
  const strings = editorStrings(lang);
  const [parent, last] = lastParts(field);
  if (last === 'stance' && has(STANCES, value)) return dict.stances[value];
  if (parent === 'reason' && last === 'code' && has(REASON_CODES, value)) return dict.reasons[value];
  if (last === 'kind' && has(SPENDING_KINDS, value)) return dict.spendingKinds[value];
  if (last === 'review' && value in strings.item.review) return strings.item.review[value as 'accepted'];
  if (last === 'status' && value in strings.draft.status) return strings.draft.status[value as 'draft'];
  if (last === 'unit' && value === 'pct_gdp') return strings.item.pctUnit;
  return null;
}
