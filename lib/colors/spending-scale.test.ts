import { describe, expect, it } from 'vitest';
import { colourDistance, hexToRgb, rgbToLab, simulateCvd, type Deficiency } from './color-math';
import { NO_SPENDING_COLOR, SPENDING_STOPS, spendingColor } from './spending-scale';

const VISIONS: readonly (Deficiency | undefined)[] = [undefined, 'protanopia', 'deuteranopia', 'tritanopia'];
const lightness = (hex: string, vision?: Deficiency) =>
  rgbToLab(vision ? simulateCvd(hexToRgb(hex), vision) : hexToRgb(hex))[0];

describe('spending scale', () => {
  it('covers the number line without gaps, from zero upwards', () => {
    expect(SPENDING_STOPS[0]?.from).toBe(0);
    SPENDING_STOPS.slice(1).forEach((stop, i) => expect(stop.from).toBe(SPENDING_STOPS[i]?.to));
    expect(SPENDING_STOPS.at(-1)?.to).toBeNull();
  });

  it.each(VISIONS)('gets darker with every class for %s vision, by at least 7 L*', (vision) => {
    const l = SPENDING_STOPS.map((s) => lightness(s.color, vision));
    l.slice(1).forEach((value, i) => expect((l[i] as number) - value).toBeGreaterThanOrEqual(7));
  });

  it.each(VISIONS)('keeps "unknown" apart from every class for %s vision', (vision) => {
    for (const stop of SPENDING_STOPS)
      expect(colourDistance(stop.color, NO_SPENDING_COLOR, vision)).toBeGreaterThan(12);
  });

  it('colours a figure by the class it falls in, lower bound inclusive', () => {
    expect(spendingColor(0.5)).toBe(SPENDING_STOPS[0]?.color);
    expect(spendingColor(2)).toBe(SPENDING_STOPS.find((s) => s.from === 2)?.color);
    expect(spendingColor(1.99)).toBe(SPENDING_STOPS.find((s) => s.to === 2)?.color);
    expect(spendingColor(12)).toBe(SPENDING_STOPS.at(-1)?.color);
  });

  it('shows unknown and broken figures as unknown', () => {
    expect(spendingColor(null)).toBe(NO_SPENDING_COLOR);
    expect(spendingColor(Number.NaN)).toBe(NO_SPENDING_COLOR);
  });
});
