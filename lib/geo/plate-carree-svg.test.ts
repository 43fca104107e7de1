import { describe, expect, it } from 'vitest';
import { colourFor, pathData, plateCarreeSvg } from './plate-carree-svg';

describe('pathData', () => {
  it('maps longitude to x and latitude to -y without projecting or cutting at the antimeridian', () => {
    const d = pathData({
      type: 'Polygon',
      coordinates: [
        [
          [170, 10],
          [-170, 10],
          [-170, 20],
          [170, 10],
        ],
      ],
    });
    expect(d).toBe('M170,-10L-170,-10L-170,-20L170,-10Z');
  });
});

describe('plateCarreeSvg', () => {
  it('sizes the image to the aspect ratio of the lon/lat window', () => {
    const svg = plateCarreeSvg({ type: 'FeatureCollection', features: [] }, { box: [-180, -90, 180, 90], width: 720 });
    expect(svg).toContain('width="720" height="360"');
    expect(svg).toContain('viewBox="-180 -90 360 180"');
  });
});

describe('colourFor', () => {
  it('gives the same key the same colour and neighbours different ones', () => {
    expect(colourFor('FRA')).toBe(colourFor('FRA'));
    expect(colourFor('FRA')).not.toBe(colourFor('DEU'));
  });
});
