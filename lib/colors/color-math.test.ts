import { describe, expect, it } from 'vitest';
import { ciede2000, colourDistance, contrastRatio, hexToRgb, rgbToHex, rgbToLab, simulateCvd } from './color-math';

describe('CIEDE2000', () => {
  // Reference pairs from Sharma, Wu & Dalal (2005), table 1.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[50, 2.5, 0], [56, -27, -3], 31.903],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ] as const)('matches the published difference of %j and %j', (a, b, expected) => {
    expect(ciede2000(a, b)).toBeCloseTo(expected, 4);
    expect(ciede2000(b, a)).toBeCloseTo(expected, 4);
  });

  it('is zero for a colour and itself', () => {
    expect(colourDistance('#0072B2', '#0072B2')).toBe(0);
  });
});

describe('sRGB to CIELAB', () => {
  it('maps white to L*=100 and black to L*=0 with no chroma', () => {
    const white = rgbToLab([255, 255, 255]);
    expect(white[0]).toBeCloseTo(100, 2);
    expect(Math.hypot(white[1], white[2])).toBeLessThan(0.01);
    expect(rgbToLab([0, 0, 0])[0]).toBeCloseTo(0, 5);
  });

  it('round-trips hex notation', () => {
    expect(rgbToHex(hexToRgb('#56b4e9'))).toBe('#56b4e9');
  });
});

describe('colour-vision-deficiency simulation', () => {
  it('leaves greys grey', () => {
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulateCvd([128, 128, 128], d);
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(2);
    }
  });

  it('brings pure red and green much closer for red-green deficiencies but not for tritanopia', () => {
    const normal = colourDistance('#FF0000', '#00FF00');
    expect(colourDistance('#FF0000', '#00FF00', 'deuteranopia')).toBeLessThan(normal / 2);
    expect(colourDistance('#FF0000', '#00FF00', 'protanopia')).toBeLessThan(normal / 2);
    expect(colourDistance('#FF0000', '#00FF00', 'tritanopia')).toBeGreaterThan(normal / 2);
  });
});

describe('contrast ratio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#D55E00', '#D55E00')).toBe(1);
  });
});
