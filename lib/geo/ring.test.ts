import { describe, expect, it } from 'vitest';
import { cleanRing, isDegenerateRing, rewindPolygon, signedArea, tidyPolygon, type Ring } from './ring';

const counterClockwise: Ring = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
  [0, 0],
];
const clockwise: Ring = [...counterClockwise].reverse();
const hole: Ring = [
  [0.5, 0.5],
  [1, 0.5],
  [1, 1],
  [0.5, 1],
  [0.5, 0.5],
];

describe('signedArea', () => {
  it('is positive for a counter-clockwise ring and negative for the same ring reversed', () => {
    expect(signedArea(counterClockwise)).toBe(4);
    expect(signedArea(clockwise)).toBe(-4);
  });
});

describe('cleanRing', () => {
  it('removes repeated points and closes an open ring', () => {
    expect(
      cleanRing([
        [0, 0],
        [0, 0],
        [1, 0],
        [1, 1],
        [1, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });
});

describe('isDegenerateRing', () => {
  it('flags rings with fewer than four positions or no area', () => {
    expect(
      isDegenerateRing([
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBe(true);
    expect(
      isDegenerateRing([
        [0, 0],
        [1, 1],
        [2, 2],
        [0, 0],
      ]),
    ).toBe(true);
    expect(isDegenerateRing(counterClockwise)).toBe(false);
  });
});

describe('rewindPolygon', () => {
  it('winds the exterior counter-clockwise and holes clockwise, as RFC 7946 asks', () => {
    const [exterior, inner] = rewindPolygon([clockwise, [...hole]]);
    expect(signedArea(exterior!)).toBeGreaterThan(0);
    expect(signedArea(inner!)).toBeLessThan(0);
  });
});

describe('tidyPolygon', () => {
  it('rounds coordinates to the given decimals', () => {
    const polygon = tidyPolygon(
      [
        [
          [0.123456, 0],
          [1, 0],
          [1, 1.987654],
          [0.123456, 0],
        ],
      ],
      3,
    );
    expect(polygon?.[0]).toContainEqual([0.123, 0]);
    expect(polygon?.[0]).toContainEqual([1, 1.988]);
  });

  it('drops a hole that collapses when rounded but keeps the exterior', () => {
    const speck: Ring = [
      [0.5, 0.5],
      [0.500001, 0.5],
      [0.500001, 0.500001],
      [0.5, 0.5],
    ];
    expect(tidyPolygon([counterClockwise, speck], 3)).toHaveLength(1);
  });

  it('returns null when the exterior itself collapses', () => {
    expect(
      tidyPolygon(
        [
          [
            [0, 0],
            [0.000001, 0],
            [0, 0.000001],
            [0, 0],
          ],
        ],
        3,
      ),
    ).toBeNull();
  });
});
