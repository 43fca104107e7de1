import { describe, expect, it } from 'vitest';
import { STANCES } from '@/lib/schema/stance';
import { colourDistance, minPairwiseDistance, type Deficiency } from './color-math';
import { NO_POSITION_COLOR, STANCE_COLORS, stanceColor } from './stance-colors';

/**
 * Method: each colour is converted to linear sRGB, passed through the Machado et al. (2009) matrix for
 * full-severity protanopia, deuteranopia or tritanopia, converted to CIELAB (D65), and every pair is
 * compared with CIEDE2000. A ΔE00 of about 10 is an obvious difference on a map at a glance.
 */
const VISIONS: readonly (Deficiency | undefined)[] = [undefined, 'protanopia', 'deuteranopia', 'tritanopia'];
const MIN_NORMAL = 20;
const MIN_SIMULATED = 10;
const MIN_FROM_NO_POSITION = 12;

const palette = STANCES.map((s) => STANCE_COLORS[s]);

describe('stance palette', () => {
  it('has one distinct colour per stance', () => {
    expect(new Set(palette.map((c) => c.toLowerCase())).size).toBe(STANCES.length);
  });

  it.each(VISIONS)('keeps every pair of stances apart for %s vision', (vision) => {
    expect(minPairwiseDistance(palette, vision)).toBeGreaterThanOrEqual(vision ? MIN_SIMULATED : MIN_NORMAL);
  });

  it.each(VISIONS)('keeps "no position" clearly apart from every stance for %s vision', (vision) => {
    for (const colour of palette) {
      expect(colourDistance(colour, NO_POSITION_COLOR, vision)).toBeGreaterThanOrEqual(MIN_FROM_NO_POSITION);
    }
  });

  it('would catch a palette that only differs in red and green', () => {
    expect(minPairwiseDistance(['#D55E00', '#4DAF4A'], 'deuteranopia')).toBeLessThan(MIN_SIMULATED);
  });

  it('paints a missing stance in the no-position grey', () => {
    expect(stanceColor(null)).toBe(NO_POSITION_COLOR);
    expect(stanceColor('declined')).toBe(STANCE_COLORS.declined);
  });
});
