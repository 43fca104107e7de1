import type { Stance } from '@/lib/schema/stance';

/**
 * Okabe–Ito colours, chosen and ordered so that the commitment scale reads blue → yellow → red and
 * every pair stays apart under simulated protanopia, deuteranopia and tritanopia
 * (see stance-colors.test.ts for the method and thresholds). Orange is left out: it collapses onto
 * vermillion for red-green deficiencies.
 */
export const STANCE_COLORS: Readonly<Record<Stance, string>> = {
  troops_committed: '#0072B2',
  troops_offered: '#56B4E9',
  conditional: '#F0E442',
  support_no_troops: '#009E73',
  participating: '#CC79A7',
  declined: '#D55E00',
};

/** Light neutral grey: reads as "nothing recorded" next to any stance, even without colour vision. */
export const NO_POSITION_COLOR = '#D9D9D9';

export function stanceColor(stance: Stance | null | undefined): string {
  return stance ? STANCE_COLORS[stance] : NO_POSITION_COLOR;
}
