import { formatNumber } from '@/lib/i18n/format';
import type { Dictionary, Lang } from '@/lib/i18n/langs';
import type { Position } from '@/lib/schema/positions';
import { trustOf } from './trust';

/** "Reviewed by an editor", or "Extracted automatically, confidence 0.7" in the page's language and numerals. */
export function trustText(position: Pick<Position, 'reviewed' | 'confidence'>, dict: Dictionary, lang: Lang): string {
  if (trustOf(position) === 'reviewed') return dict.trust.reviewed;
  return dict.trust.automatic(position.confidence === undefined ? '—' : formatNumber(position.confidence, lang, 2));
}
