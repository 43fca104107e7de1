// Reference (b): the same choropleth as SVG paths projected with d3-geo, as chart libraries draw
// world maps. Each step sets the fill of every country, like a data join's .attr('fill', …) does.
/* global d3 */
import { COLORS, EUROPE_BOUNDS, loadChoropleth, startSlider } from './common.js';

const { shapes, dots, colorAt, plan, size, container } = await loadChoropleth();
const SVG = 'http://www.w3.org/2000/svg';

// Web Mercator framed on the product's default bounds, like MapLibre's fitBounds with 8 px padding.
const projection = d3.geoMercator().fitExtent(
  [
    [8, 8],
    [size.width - 8, size.height - 8],
  ],
  { type: 'MultiPoint', coordinates: EUROPE_BOUNDS },
);
const path = d3.geoPath(projection);

// The borders follow RFC 7946 (exterior rings counter-clockwise); d3-geo wants spherical winding,
// clockwise, or it fills the rest of the globe instead of the country.
const rewind = (geometry) => {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const reversed = polygons.map((rings) => rings.map((ring) => [...ring].reverse()));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: reversed[0] }
    : { type: 'MultiPolygon', coordinates: reversed };
};

const svg = document.createElementNS(SVG, 'svg');
svg.setAttribute('width', String(size.width));
svg.setAttribute('height', String(size.height));
const sea = document.createElementNS(SVG, 'rect');
sea.setAttribute('width', '100%');
sea.setAttribute('height', '100%');
sea.setAttribute('fill', COLORS.sea);
svg.append(sea);

const shapeElements = shapes.features.map((f) => {
  const element = document.createElementNS(SVG, 'path');
  element.setAttribute('d', path(rewind(f.geometry)) ?? '');
  element.setAttribute('stroke', COLORS.border);
  element.setAttribute('stroke-width', '0.5');
  svg.append(element);
  return { iso3: f.properties.iso3, element };
});
const dotElements = dots.features.map((f) => {
  const [x, y] = projection(f.geometry.coordinates);
  const element = document.createElementNS(SVG, 'circle');
  element.setAttribute('cx', String(x));
  element.setAttribute('cy', String(y));
  element.setAttribute('r', '5');
  element.setAttribute('stroke', COLORS.border);
  svg.append(element);
  return { iso3: f.properties.iso3, element };
});
container.append(svg);

const draw = (stop) => {
  for (const { iso3, element } of shapeElements) element.setAttribute('fill', colorAt(stop, iso3));
  for (const { iso3, element } of dotElements) element.setAttribute('fill', colorAt(stop, iso3));
};

draw(plan.stops.length - 1);
startSlider(plan, (stop) => {
  draw(stop);
  // The frame after this callback is the one that paints the new fills.
  requestAnimationFrame(() => window.__benchProbe?.drawn());
});
requestAnimationFrame(() => (document.body.dataset.ready = 'true'));
