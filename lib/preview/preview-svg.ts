import type { MultiPolygon, Polygon, Position } from 'geojson';
import { NO_POSITION_COLOR } from '@/lib/colors/stance-colors';
import { mercator, polygonPath, viewBoxFor, type ViewBox } from '@/lib/geo/mercator-svg';
import type { ViewSummary } from './view-summary';
import { HATCH_COLOR } from '@/lib/colors/hatch';

/** The outlines and small-country dots the picture draws (the same TopoJSON the dashboard's maps use). */
export type PreviewGeometry = {
  shapes: { iso3: string; geometry: Polygon | MultiPolygon }[];
  dots: { iso3: string; lon: number; lat: number }[];
};

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Europe from Iceland to the Urals' foothills, with all of Ukraine: the dashboard's default framing. */
const EUROPE: [[number, number], [number, number]] = [
  [-25, 34],
  [45, 71],
];
const SEA = '#EAF1F6';
const INK = '#1A1A1A';
const MUTED = '#555555';
const FONT = "'Noto Sans', 'Noto Sans Arabic'";
const FONT_AR = "'Noto Sans Arabic', 'Noto Sans'";

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** The world-unit box of a geometry, to leave out countries that fall wholly outside the view. */
function worldBox(geometry: Polygon | MultiPolygon): ViewBox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons)
    for (const position of polygon[0] ?? []) {
      const [x, y] = mercator(position[0] ?? 0, position[1] ?? 0);
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const overlaps = (a: ViewBox, b: ViewBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

type Box = { x: number; y: number; width: number; height: number };

/** The choropleth in `box` (pixels): Europe's framing, each country in its fill, the selection outlined. */
function mapGroup(geometry: PreviewGeometry, summary: ViewSummary, box: Box): string {
  const view = viewBoxFor(EUROPE, 0.01);
  const scale = Math.min(box.width / view.width, box.height / view.height);
  const dx = box.x + (box.width - view.width * scale) / 2 - view.x * scale;
  const dy = box.y + (box.height - view.height * scale) / 2 - view.y * scale;
  const unit = 1 / scale;
  const fill = (iso3: string) => summary.fills.get(iso3) ?? NO_POSITION_COLOR;
  const fade = (iso3: string) => (summary.dimmed.has(iso3) ? ' opacity="0.25"' : '');
  const margin = { x: view.x - 20, y: view.y - 20, width: view.width + 40, height: view.height + 40 };
  const shapes = geometry.shapes.filter((s) => overlaps(worldBox(s.geometry), margin));
  const paths = shapes
    .map((s) => `<path d="${polygonPath(s.geometry, 1)}" fill="${fill(s.iso3)}"${fade(s.iso3)}/>`)
    .join('');
  const dots = geometry.dots
    .filter((d) => summary.fills.has(d.iso3))
    .map((d) => {
      const [x, y] = mercator(d.lon, d.lat);
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${(4.5 * unit).toFixed(2)}" fill="${fill(d.iso3)}" stroke="#FFFFFF" stroke-width="${unit.toFixed(2)}"${fade(d.iso3)}/>`;
    })
    .join('');
  const hatches = shapes
    .filter((s) => summary.hatched.has(s.iso3))
    .map((s) => `<path d="${polygonPath(s.geometry, 1)}"${fade(s.iso3)}/>`)
    .join('');
  const selected = new Set(summary.selected);
  const outlines = shapes
    .filter((s) => selected.has(s.iso3))
    .map((s) => `<path d="${polygonPath(s.geometry, 1)}"/>`)
    .join('');
  return [
    hatchPattern('map-hatch', 6 * unit),
    `<clipPath id="map-clip"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6"/></clipPath>`,
    `<g clip-path="url(#map-clip)">`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${SEA}"/>`,
    `<g transform="matrix(${scale.toFixed(4)} 0 0 ${scale.toFixed(4)} ${dx.toFixed(2)} ${dy.toFixed(2)})">`,
    `<g fill-rule="evenodd" stroke="#FFFFFF" stroke-width="${(0.8 * unit).toFixed(3)}" stroke-linejoin="round">${paths}</g>`,
    `<g fill="url(#map-hatch)" fill-rule="evenodd">${hatches}</g>`,
    dots,
    `<g fill="none" stroke="${INK}" stroke-width="${(2.2 * unit).toFixed(3)}" stroke-linejoin="round">${outlines}</g>`,
    `</g></g>`,
  ].join('');
}

/** Diagonal lines `spacing` apart, drawn over countries whose position is an unsure automatic reading. */
function hatchPattern(id: string, spacing: number): string {
  const width = (spacing / 4).toFixed(3);
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${spacing.toFixed(3)}" height="${spacing.toFixed(3)}" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="${spacing.toFixed(3)}" stroke="${HATCH_COLOR}" stroke-width="${width}"/></pattern>`;
}

/**
 * The bundled Noto fonts have no arrows: "→" (and the Arabic pages' "←") become an en dash, the sign of a range
 * that reads the same in both directions (a mirrored sign such as "›" would point one way in the PNG and the other
 * in a browser showing the SVG).
 */
function withBundledGlyphs(text: string): string {
  return text.replace(/[→←]/g, '–');
}

/** Lines of at most about `width` characters, broken between words. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type TextOptions = { size: number; weight?: number; color?: string };

/**
 * A picture of one view of the dashboard, `PREVIEW_WIDTH` × `PREVIEW_HEIGHT` units: title, as-of date, the map,
 * its legend with counts, the selection, and the source and data lines. Arabic is laid out right to left (the
 * legend on the left, every line anchored on the right); the renderer shapes it.
 */
export function previewSvg(geometry: PreviewGeometry, summary: ViewSummary, dataLine: string): string {
  const W = PREVIEW_WIDTH;
  const H = PREVIEW_HEIGHT;
  const rtl = summary.lang === 'ar';
  /** x measured from the reading side: from the left in English, from the right in Arabic. */
  const x = (fromStart: number) => (rtl ? W - fromStart : fromStart);
  const text = (fromStart: number, y: number, content: string, o: TextOptions, anchor: 'start' | 'end' = 'start') => {
    const side = rtl === (anchor === 'start') ? 'end' : 'start';
    const attrs = rtl ? ` direction="rtl" font-family="${FONT_AR}"` : ` font-family="${FONT}"`;
    return `<text x="${x(fromStart)}" y="${y}" font-size="${o.size}" font-weight="${o.weight ?? 400}" fill="${o.color ?? INK}" text-anchor="${side}"${attrs}>${escapeXml(withBundledGlyphs(content))}</text>`;
  };

  const mapBox: Box = { x: rtl ? W - 40 - 760 : 40, y: 122, width: 760, height: 456 };
  const legendStart = 830;
  const legend: string[] = [text(legendStart, 150, summary.legendTitle, { size: 22, weight: 700 })];
  summary.legend.forEach((entry, i) => {
    const y = 176 + i * 36;
    const swatchX = rtl ? W - legendStart - 24 : legendStart;
    legend.push(
      `<rect x="${swatchX}" y="${y}" width="24" height="24" rx="4" fill="${entry.color}" stroke="#888888" stroke-width="0.5"/>`,
      text(legendStart + 36, y + 19, entry.label, { size: 19 }),
    );
  });
  let afterLegend = 176 + summary.legend.length * 36 + 24;
  if (summary.hatchNote) {
    const y = 176 + summary.legend.length * 36;
    const swatchX = rtl ? W - legendStart - 24 : legendStart;
    legend.push(
      hatchPattern('legend-hatch', 6),
      `<rect x="${swatchX}" y="${y}" width="24" height="24" rx="4" fill="#EEF1F3" stroke="#888888" stroke-width="0.5"/>`,
      `<rect x="${swatchX}" y="${y}" width="24" height="24" rx="4" fill="url(#legend-hatch)"/>`,
      ...wrapWords(summary.hatchNote, 34).map((line, i) => text(legendStart + 36, y + 18 + i * 22, line, { size: 17 })),
    );
    afterLegend += 36 + (wrapWords(summary.hatchNote, 34).length - 1) * 22;
  }
  const selection = summary.selectionLine
    ? summary.selectionLine
        .split(' · ')
        .slice(0, 4)
        .map((line, i) => text(legendStart, afterLegend + i * 28, line, { size: 19, weight: 700 }))
        .join('')
    : '';

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<rect width="${W}" height="${H}" fill="#FFFFFF"/>`,
    text(40, 64, summary.title, { size: 34, weight: 700 }),
    text(40, 102, summary.asOf, { size: 24, color: MUTED }),
    mapGroup(geometry, summary, mapBox),
    ...legend,
    selection,
    text(40, 610, summary.source, { size: 15, color: MUTED }),
    text(W - 40, 610, dataLine, { size: 15, color: MUTED }, 'end'),
    `</svg>`,
  ].join('');
}
