import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './label-placement';

const bounds = { x: 0, y: 0, width: 100, height: 100 };
const label = (iso3: string, x: number, y: number, priority: number, text = iso3): LabelCandidate => ({
  iso3,
  text,
  x,
  y,
  priority,
});

describe('placeLabels', () => {
  it('keeps labels that do not touch each other', () => {
    const placed = placeLabels([label('FRA', 20, 20, 5), label('POL', 70, 70, 3)], 4, bounds);
    expect(placed.map((p) => p.iso3)).toEqual(['FRA', 'POL']);
  });

  it('drops the smaller country when two names would overlap', () => {
    const placed = placeLabels([label('BEL', 50, 50, 1), label('DEU', 52, 51, 9)], 4, bounds);
    expect(placed.map((p) => p.iso3)).toEqual(['DEU']);
  });

  it('drops a name that would stick out of the drawing', () => {
    const placed = placeLabels([label('ISL', 1, 50, 9, 'Iceland'), label('ITA', 50, 50, 1)], 4, bounds);
    expect(placed.map((p) => p.iso3)).toEqual(['ITA']);
  });

  it('keeps clear of markers drawn on the map', () => {
    const dot = { x: 48, y: 48, width: 4, height: 4 };
    expect(placeLabels([label('LUX', 50, 50, 9)], 4, bounds, [dot])).toEqual([]);
    expect(placeLabels([label('FRA', 20, 20, 9)], 4, bounds, [dot]).map((p) => p.iso3)).toEqual(['FRA']);
  });

  it('measures longer names as wider', () => {
    const [short, long] = placeLabels(
      [label('A', 20, 20, 2, 'Chad'), label('B', 20, 60, 1, 'United Kingdom')],
      4,
      bounds,
    );
    expect(long!.width).toBeGreaterThan(short!.width * 3);
  });

  it('gives the same answer whatever the input order', () => {
    const input = [label('A', 50, 50, 1), label('B', 51, 50, 1), label('C', 10, 10, 2)];
    const one = placeLabels(input, 4, bounds).map((p) => p.iso3);
    const two = placeLabels([...input].reverse(), 4, bounds).map((p) => p.iso3);
    expect(one).toEqual(two);
  });
});
