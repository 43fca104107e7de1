import type { Movement } from '@/lib/timeline/compare';
import type { Stance } from '@/lib/schema/stance';
import { hexToRgb, rgbToHex } from './color-math';
import { STANCE_COLORS } from './stance-colors';

/**
 * Colours of a move between two dates: dark and saturated, so they stand out from the pale stance colours that
 * unchanged countries keep. Blue for towards troops and vermillion for away (the ends of the stance scale),
 * purple for a new position, dark grey for one no longer reported.
 */
export const MOVEMENT_COLORS: Readonly<Record<Exclude<Movement, 'unchanged'>, string>> = {
  towards: '#08519C',
  away: '#B33A00',
  new: '#6A3D9A',
  dropped: '#4D4D4D',
};

/** How much of an unchanged country's stance colour is kept (the rest is white): readable, but quiet. */
const UNCHANGED_STRENGTH = 0.45;

export function unchangedColor(stance: Stance): string {
  const [r, g, b] = hexToRgb(STANCE_COLORS[stance]);
  const mix = (c: number) => Math.round(255 - (255 - c) * UNCHANGED_STRENGTH);
  return rgbToHex([mix(r), mix(g), mix(b)]);
}

export function movementColor(movement: Movement, stance: Stance | undefined): string {
  if (movement === 'unchanged') return unchangedColor(stance ?? 'participating');
  return MOVEMENT_COLORS[movement];
}
