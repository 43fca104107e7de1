import { describe, expect, it } from 'vitest';
import { bordersFromTopology } from '@/lib/geo/borders';
import {
  buildMapStyle,
  diffStates,
  HATCH_IMAGE,
  LAYERS,
  makeHatchImage,
  SOURCES,
  type CountryState,
} from './map-style';

const borders = bordersFromTopology({
  type: 'Topology',
  arcs: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'Polygon',
          arcs: [[0]],
          properties: { iso3: 'LUX', en: 'Luxembourg', ar: 'لوكسمبورغ', lon: 0.5, lat: 0.5, area: 2600 },
        },
      ],
    },
  },
} as never);

const colors = { sea: '#dde', noPosition: '#ccc', border: '#fff', highlight: '#000' };

describe('map style', () => {
  const style = buildMapStyle(borders, colors);
  const serialised = JSON.stringify(style);

  it('asks the network for nothing: no glyphs, sprite, tiles or URLs', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(serialised).not.toMatch(/https?:|tiles|"url"/);
  });

  it('keys both sources by iso3 so feature-state can address countries by code', () => {
    expect(style.sources[SOURCES.shapes]).toMatchObject({ type: 'geojson', promoteId: 'iso3' });
    expect(style.sources[SOURCES.dots]).toMatchObject({ type: 'geojson', promoteId: 'iso3' });
  });

  it('colours countries and dots from feature-state, with the no-position colour as fallback', () => {
    const fill = style.layers.find((l) => l.id === LAYERS.fill);
    const dots = style.layers.find((l) => l.id === LAYERS.dots);
    expect(JSON.stringify(fill)).toContain('["to-color",["feature-state","color"],"#ccc"]');
    expect(JSON.stringify(dots)).toContain('["to-color",["feature-state","color"],"#ccc"]');
  });

  it('draws dots above the country fill so small states win the hit test', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(LAYERS.dots)).toBeGreaterThan(ids.indexOf(LAYERS.fill));
  });
});

describe('low-confidence hatching', () => {
  const style = buildMapStyle(borders, colors);
  it('is a pattern layer over the fill, shown only where feature-state says hatch', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(LAYERS.hatch)).toBe(ids.indexOf(LAYERS.fill) + 1);
    const hatch = JSON.stringify(style.layers.find((l) => l.id === LAYERS.hatch));
    expect(hatch).toContain(`"fill-pattern":"${HATCH_IMAGE}"`);
    expect(hatch).toContain('["feature-state","hatch"]');
  });
  it('tiles diagonal lines: some pixels drawn, most left clear, the tile joins its neighbours', () => {
    const { width, height, data } = makeHatchImage();
    const on = (x: number, y: number) => data[(y * width + x) * 4 + 3]! > 0;
    let drawn = 0;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) drawn += Number(on(x, y));
    expect(drawn).toBeGreaterThan(width * height * 0.15);
    expect(drawn).toBeLessThan(width * height * 0.5);
    // Along a diagonal the pattern repeats, so the edges of adjacent tiles line up.
    for (let y = 0; y < height; y++) expect(on(0, y)).toBe(on(width - 1, (y + 1) % height));
  });
});

describe('feature-state diff', () => {
  const state = (color: string | null, dim = false): CountryState => ({ color, dim });

  it('touches only the countries whose colour or dimming changed', () => {
    const before = new Map([
      ['GBR', state('#111')],
      ['FRA', state('#222')],
      ['POL', state('#333')],
    ]);
    const after = new Map([
      ['GBR', state('#111')],
      ['FRA', state('#999')],
      ['POL', state('#333', true)],
    ]);
    expect([...diffStates(before, after).keys()].sort()).toEqual(['FRA', 'POL']);
  });

  it('resets countries that lost their colour', () => {
    const changes = diffStates(new Map([['HUN', state('#444')]]), new Map());
    expect(changes.get('HUN')).toEqual({ color: null, dim: false, hatch: false });
  });

  it('touches a country whose hatching alone changed', () => {
    const changes = diffStates(
      new Map([['GBR', state('#111')]]),
      new Map([['GBR', { ...state('#111'), hatch: true }]]),
    );
    expect(changes.get('GBR')).toEqual({ color: '#111', dim: false, hatch: true });
  });

  it('sends everything the first time', () => {
    expect(diffStates(new Map(), new Map([['GBR', state('#111')]])).size).toBe(1);
  });
});
