import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { bordersFromTopology } from './borders';

// Two squares sharing an edge: a large country and a small one.
const topology = {
  type: 'Topology',
  arcs: [
    [
      [0, 0],
      [0, 1],
    ],
    [
      [0, 1],
      [-1, 1],
      [-1, 0],
      [0, 0],
    ],
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'Polygon',
          id: 'BIG',
          arcs: [[0, 1]],
          properties: { iso3: 'BIG', en: 'Big', ar: 'كبير', lon: -0.5, lat: 0.5, area: 500_000 },
        },
        {
          type: 'Polygon',
          id: 'LUX',
          arcs: [[2, ~0]],
          properties: { iso3: 'LUX', en: 'Luxembourg', ar: 'لوكسمبورغ', lon: 0.5, lat: 0.5, area: 2_600 },
        },
        { type: 'Polygon', id: 'BAD', arcs: [[2]], properties: { iso3: 'BAD' } },
      ],
    },
  },
} as unknown as Topology;

describe('borders from the TopoJSON', () => {
  const borders = bordersFromTopology(topology as never);

  it('keeps one outline per country with a complete property set, keyed by iso3', () => {
    expect(borders.shapes.features.map((f) => f.properties.iso3)).toEqual(['BIG', 'LUX']);
    expect(borders.shapes.features[1]?.geometry.type).toBe('Polygon');
  });

  it('puts a dot at the centre point of small countries only', () => {
    expect(borders.dots.features).toEqual([
      { type: 'Feature', properties: { iso3: 'LUX' }, geometry: { type: 'Point', coordinates: [0.5, 0.5] } },
    ]);
  });

  it('lists the countries with both names for search', () => {
    expect(borders.countries.map((c) => `${c.iso3}:${c.ar}`)).toEqual(['BIG:كبير', 'LUX:لوكسمبورغ']);
  });

  it('refuses a topology without a countries collection', () => {
    expect(() => bordersFromTopology({ type: 'Topology', arcs: [], objects: {} } as never)).toThrow(/countries/);
  });
});
