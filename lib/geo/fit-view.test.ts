import { describe, expect, it } from 'vitest';
import { countOutside, fitViewport } from './fit-view';

const WASHINGTON: [number, number] = [-77, 38.9];
const WELLINGTON: [number, number] = [174.8, -41.3];
const PARIS: [number, number] = [2.35, 48.86];

describe('a view that shows every country with a position', () => {
  it('zooms out to hold countries on both sides of the world', () => {
    const view = fitViewport([WASHINGTON, WELLINGTON, PARIS], 900, 560)!;
    expect(view.zoom).toBeLessThan(1.5);
    expect(view.lon).toBeGreaterThan(WASHINGTON[0]);
    expect(view.lon).toBeLessThan(WELLINGTON[0]);
  });

  it('zooms in on countries close together, up to a limit', () => {
    expect(fitViewport([PARIS, [13.4, 52.5]], 900, 560)!.zoom).toBeGreaterThan(3);
    expect(fitViewport([PARIS], 900, 560)!.zoom).toBe(5);
  });

  it('needs points and room', () => {
    expect(fitViewport([], 900, 560)).toBeNull();
    expect(fitViewport([PARIS], 60, 60)).toBeNull();
  });

  it('counts the points a view leaves out', () => {
    expect(
      countOutside(
        [WASHINGTON, WELLINGTON, PARIS],
        [
          [-25, 34],
          [45, 72],
        ],
      ),
    ).toBe(2);
  });
});
