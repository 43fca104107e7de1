import type { Position } from '@/lib/schema/positions';

/**
 * How far a position can be trusted: a person reviewed it, the extractor produced it with enough confidence,
 * or the extractor produced it below LOW_CONFIDENCE (drawn hatched on the map). Ordered from most to least
 * trusted; the table sorts in this order.
 */
export const TRUST_LEVELS = ['reviewed', 'automatic', 'low'] as const;
export type Trust = (typeof TRUST_LEVELS)[number];

/**
 * Below this the extractor's own confidence says its reading is shaky. Each rule of the extractor's tables carries
 * a confidence (0.6–1); the readings it has to infer from less direct wording are the ones rated below 0.8.
 */
export const LOW_CONFIDENCE = 0.8;

export function isTrust(value: unknown): value is Trust {
  return typeof value === 'string' && (TRUST_LEVELS as readonly string[]).includes(value);
}

/** A position without a confidence that nobody reviewed counts as low: nothing vouches for it. */
export function trustOf(position: Pick<Position, 'reviewed' | 'confidence'>): Trust {
  if (position.reviewed === true) return 'reviewed';
  return (position.confidence ?? 0) < LOW_CONFIDENCE ? 'low' : 'automatic';
}

/** Trust levels shown; empty means all (the same convention as the stance filter). */
export function isTrustVisible(filter: readonly Trust[], trust: Trust | null | undefined): boolean {
  if (filter.length === 0) return true;
  return trust != null && filter.includes(trust);
}
