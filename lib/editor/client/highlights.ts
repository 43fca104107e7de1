import { locateEvidence } from '@/lib/data/article-mentions';
import type { FigureProposal, PositionProposal, ReviewItem } from '@/lib/editor/contract';

/** A stretch of the draft's text that is the evidence of one or more review items. */
export type ItemSpan = { start: number; end: number; item: ReviewItem };

export function isPositionProposal(p: PositionProposal | FigureProposal): p is PositionProposal {
  return 'stance' in p;
}

/**
 * Where each item's evidence sits in the text (its offsets, or the nearest occurrence of its sentence), sorted
 * by position; rejected items and sentences not found in the text are left out.
 */
export function itemSpans(text: string, items: readonly ReviewItem[]): ItemSpan[] {
  const spans: ItemSpan[] = [];
  for (const item of items) {
    if (item.review === 'rejected') continue;
    const span = locateEvidence(text, item.evidence);
    if (span) spans.push({ ...span, item });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end || a.item.id - b.item.id);
}

/** The anchor of an item's review card on the draft page. */
export function itemAnchor(item: Pick<ReviewItem, 'kind' | 'id'>): string {
  return `review-${item.kind}-${item.id}`;
}
