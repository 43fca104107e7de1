import type { ExpressionSpecification } from 'maplibre-gl';
import { STANCES } from '@/lib/schema/stance';
import { NO_SPENDING_COLOR, SPENDING_STOPS } from './spending-scale';
import { NO_POSITION_COLOR, STANCE_COLORS } from './stance-colors';

/**
 * Fill colours computed on the GPU from feature-state, so a timeline step only calls setFeatureState
 * and never re-uploads geometry. Feature-state keys the map sets per country:
 */
export const FEATURE_STATE = {
  /** A Stance string; absent or null for "no position" (or filtered out). */
  stance: 'stance',
  /** Share of GDP as a number; absent or null for "unknown". */
  spending: 'spending',
} as const;

export function stanceFillColor(): ExpressionSpecification {
  const pairs = STANCES.flatMap((s) => [s, STANCE_COLORS[s]]);
  return [
    'match',
    ['coalesce', ['feature-state', FEATURE_STATE.stance], ''],
    ...pairs,
    NO_POSITION_COLOR,
  ] as unknown as ExpressionSpecification;
}

export function spendingFillColor(): ExpressionSpecification {
  const [first, ...rest] = SPENDING_STOPS;
  const steps = rest.flatMap((stop) => [stop.from, stop.color]);
  const value = ['feature-state', FEATURE_STATE.spending];
  return [
    'case',
    ['==', ['typeof', value], 'number'],
    ['step', value, first?.color ?? NO_SPENDING_COLOR, ...steps],
    NO_SPENDING_COLOR,
  ] as unknown as ExpressionSpecification;
}
