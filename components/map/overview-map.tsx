'use client';

import { useEffect, useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { placeLabels } from '@/lib/geo/label-placement';
import { mercator, polygonPath, viewBoxAttribute, viewBoxFor, WORLD_SIZE } from '@/lib/geo/mercator-svg';
import type { Borders } from '@/lib/geo/borders';
import { diffStates, EUROPE_BOUNDS, HATCH_COLOR, type CountryState, type MapColors } from './map-style';
import { announcePainted } from './map-events';
import { isApplePlatform, useCooperativeGestures } from './use-cooperative-gestures';

export type OverviewMapProps = {
  borders: Borders;
  colors: MapColors;
  paint: ReadonlyMap<string, CountryState>;
  selected: readonly string[];
  label: string;
  /** Language of the country names drawn on the map. */
  lang?: 'en' | 'ar';
  renderTooltip: (iso3: string) => ReactNode;
  onSelect: (iso3: string) => void;
  /** The user reached for zoom or pan (Ctrl/⌘ + wheel, pinch, mouse drag, double click): load the interactive map. */
  onExplore?: () => void;
  /** Hints shown when a plain wheel or one-finger swipe passes over the map (the page scrolls instead). */
  hints?: { wheel: string; wheelMac: string; touch: string };
  /** The borders' credit line, in the page's language. */
  credit?: string;
};

const VIEW_BOX = viewBoxFor(EUROPE_BOUNDS, 0.02);
const DIM_OPACITY = '0.25';
const DOT_DIM_OPACITY = '0.35';
/** Dot radius in world units: about 5 px at the default view of a 900 px wide map. */
const DOT_RADIUS = 1.1;
const DRAG_PX = 6;
const HATCH_PATTERN_ID = 'overview-low-confidence';
/** Hatch spacing in world units: about 6 px at the default view, like the interactive map's pattern. */
const HATCH_WORLD = 1.6;
/** Label size in world units: about 11 px at the default view of a 900 px wide map. */
const LABEL_SIZE = 3;

type Shapes = { paths: ReactNode; dots: ReactNode };

/** Country names that fit the Europe view without touching each other, larger countries first. */
function drawLabels(borders: Borders, lang: 'en' | 'ar'): ReactNode {
  // States with a dot are named by their tooltip; their dots stay clear of other names.
  const dotted = new Set(borders.dots.features.map((f) => f.properties.iso3));
  const candidates = borders.labels.features
    .filter((feature) => !dotted.has(feature.properties.iso3))
    .map((feature) => {
      const [x, y] = mercator(...(feature.geometry.coordinates as [number, number]));
      return { iso3: feature.properties.iso3, text: feature.properties[lang], x, y, priority: feature.properties.area };
    });
  const obstacles = borders.dots.features.map((feature) => {
    const [x, y] = mercator(...(feature.geometry.coordinates as [number, number]));
    return { x: x - DOT_RADIUS, y: y - DOT_RADIUS, width: 2 * DOT_RADIUS, height: 2 * DOT_RADIUS };
  });
  return placeLabels(candidates, LABEL_SIZE, VIEW_BOX, obstacles).map((placed) => (
    <text key={placed.iso3} x={placed.x.toFixed(1)} y={placed.y.toFixed(1)} data-label={placed.iso3}>
      {placed.text}
    </text>
  ));
}

function drawShapes(borders: Borders): Shapes {
  const paths = borders.shapes.features.map((feature) => (
    <path
      key={feature.properties.iso3}
      id={`overview-${feature.properties.iso3}`}
      data-iso3={feature.properties.iso3}
      d={polygonPath(feature.geometry)}
      vectorEffect="non-scaling-stroke"
    />
  ));
  const dots = borders.dots.features.map((feature) => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const [cx, cy] = mercator(lon, lat);
    return (
      <circle
        key={feature.properties.iso3}
        data-iso3={feature.properties.iso3}
        cx={cx.toFixed(1)}
        cy={cy.toFixed(1)}
        r={DOT_RADIUS}
        vectorEffect="non-scaling-stroke"
      />
    );
  });
  return { paths, dots };
}

/**
 * The map of the first load: the same borders and colours as the MapLibre map, drawn as SVG in
 * Web Mercator over Europe, so the page shows its choropleth without loading MapLibre (about 440 kB
 * of script and worker). Hover shows the tooltip, a click selects; zooming or panning hands over to
 * the interactive map. Colours are set on the elements directly, like feature-state on the map:
 * a timeline step touches only the countries whose colour changed.
 */
export function OverviewMap(props: OverviewMapProps) {
  const { borders, colors, paint, selected, label } = props;
  const svg = useRef<SVGSVGElement>(null);
  const labelLayer = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<{ iso3: string; x: number; y: number } | null>(null);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const hint = useCooperativeGestures(svg, () => callbacks.current.onExplore?.());
  const hintText =
    hint === 'touch'
      ? props.hints?.touch
      : hint === 'wheel'
        ? isApplePlatform()
          ? props.hints?.wheelMac
          : props.hints?.wheel
        : null;

  const shapes = useMemo(() => drawShapes(borders), [borders]);
  // Outlines of the countries drawn hatched (low-confidence automatic positions), as their own paths: a <use> of
  // the country would keep the country's own fill.
  const outlines = useMemo(
    () => new Map(borders.shapes.features.map((f) => [f.properties.iso3, polygonPath(f.geometry)])),
    [borders],
  );
  const hatched = useMemo(() => [...paint].filter(([, state]) => state.hatch), [paint]);
  const lang = props.lang ?? 'en';
  // Names come after the first coloured frame, in an idle moment: laying out ~60 texts would otherwise delay the
  // choropleth itself (measured: about 170 ms of cold load on this machine).
  const [showLabels, setShowLabels] = useState(false);
  const coloured = paint.size > 0;
  useEffect(() => {
    if (!coloured || showLabels) return;
    let cancelled = false;
    // Two frames: the coloured map is presented; then the next idle moment.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
        idle(() => !cancelled && setShowLabels(true), { timeout: 1000 });
      }),
    );
    return () => {
      cancelled = true;
    };
  }, [coloured, showLabels]);
  const labels = useMemo(() => (showLabels ? drawLabels(borders, lang) : null), [borders, lang, showLabels]);

  // iso3 -> its outline and dot, for colouring without React.
  const elements = useRef(new Map<string, SVGElement[]>());
  const painted = useRef<ReadonlyMap<string, CountryState>>(new Map());
  useEffect(() => {
    const byIso = new Map<string, SVGElement[]>();
    for (const element of svg.current?.querySelectorAll<SVGElement>('[data-iso3]') ?? []) {
      const iso3 = element.dataset.iso3 ?? '';
      byIso.set(iso3, [...(byIso.get(iso3) ?? []), element]);
    }
    elements.current = byIso;
    painted.current = new Map();
  }, [shapes]);

  const apply = useRef((next: ReadonlyMap<string, CountryState>) => {
    const changes = diffStates(painted.current, next);
    painted.current = next;
    if (changes.size === 0) return;
    for (const [iso3, state] of changes) {
      for (const element of elements.current.get(iso3) ?? []) {
        element.setAttribute('fill', state.color ?? colors.noPosition);
        const dim = element.tagName === 'circle' ? DOT_DIM_OPACITY : DIM_OPACITY;
        if (state.dim) element.setAttribute('fill-opacity', dim);
        else element.removeAttribute('fill-opacity');
      }
    }
    announcePainted();
  });

  useEffect(() => apply.current(paint), [paint, shapes]);

  const countryAt = (event: PointerEvent<SVGSVGElement>) =>
    (event.target as Element).closest?.('[data-iso3]')?.getAttribute('data-iso3') ?? null;

  // A drag is someone trying to pan: hand over to the zoomable map.
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  const dragged = useRef(false);
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = pressedAt.current;
    // Only a mouse drags the map: a finger on a touch screen scrolls the page.
    if (
      start &&
      event.pointerType === 'mouse' &&
      event.buttons & 1 &&
      Math.hypot(event.clientX - start.x, event.clientY - start.y) > DRAG_PX
    ) {
      pressedAt.current = null;
      dragged.current = true;
      callbacks.current.onExplore?.();
    }
    const iso3 = countryAt(event);
    const box = event.currentTarget.getBoundingClientRect();
    setHover(iso3 ? { iso3, x: event.clientX - box.left, y: event.clientY - box.top } : null);
  };

  // Selected and hovered countries are outlined on top of their neighbours by reusing their paths.
  const outlined = [
    ...selected.map((iso3) => ({ iso3, width: 2.5 })),
    ...(hover && !selected.includes(hover.iso3) ? [{ iso3: hover.iso3, width: 1.5 }] : []),
  ];
  const dotIsos = useMemo(() => new Set(borders.dots.features.map((f) => f.properties.iso3)), [borders]);

  return (
    <div className="atlas-map">
      <svg
        ref={svg}
        className="overview-map"
        data-loaded="true"
        xmlns="http://www.w3.org/2000/svg"
        viewBox={viewBoxAttribute(VIEW_BOX)}
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-label={label}
        onPointerMove={onPointerMove}
        onPointerDown={(event) => {
          pressedAt.current = { x: event.clientX, y: event.clientY };
          dragged.current = false;
        }}
        onPointerUp={() => (pressedAt.current = null)}
        onPointerLeave={() => setHover(null)}
        onClick={(event) => {
          if (dragged.current) return;
          const iso3 = countryAt(event as unknown as PointerEvent<SVGSVGElement>);
          if (iso3) callbacks.current.onSelect(iso3);
        }}
        onDoubleClick={() => callbacks.current.onExplore?.()}
      >
        <rect x={-WORLD_SIZE} y={-WORLD_SIZE} width={3 * WORLD_SIZE} height={3 * WORLD_SIZE} fill={colors.sea} />
        <g fill={colors.noPosition} fillRule="evenodd" stroke={colors.border} strokeWidth={0.8} strokeLinejoin="round">
          {shapes.paths}
        </g>
        <defs>
          <pattern
            id={HATCH_PATTERN_ID}
            patternUnits="userSpaceOnUse"
            width={HATCH_WORLD}
            height={HATCH_WORLD}
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2={HATCH_WORLD} stroke={HATCH_COLOR} strokeWidth={HATCH_WORLD / 4} />
          </pattern>
        </defs>
        <g fill={`url(#${HATCH_PATTERN_ID})`} stroke="none" pointerEvents="none" className="overview-map__hatch">
          {hatched.map(([iso3, state]) => (
            <path
              key={iso3}
              data-hatch={iso3}
              d={outlines.get(iso3)}
              fillRule="evenodd"
              opacity={state.dim ? DIM_OPACITY : undefined}
            />
          ))}
        </g>
        <g fill="none" stroke={colors.highlight} pointerEvents="none">
          {outlined.map(({ iso3, width }) => (
            <use key={iso3} href={`#overview-${iso3}`} strokeWidth={width} vectorEffect="non-scaling-stroke" />
          ))}
        </g>
        <g fill={colors.noPosition} stroke={colors.border} strokeWidth={1}>
          {shapes.dots}
        </g>
        <g fill="none" stroke={colors.highlight} pointerEvents="none">
          {outlined
            .filter(({ iso3 }) => dotIsos.has(iso3))
            .map(({ iso3, width }) => {
              const dot = borders.dots.features.find((f) => f.properties.iso3 === iso3);
              if (!dot) return null;
              const [cx, cy] = mercator(...(dot.geometry.coordinates as [number, number]));
              return (
                <circle
                  key={iso3}
                  cx={cx}
                  cy={cy}
                  r={DOT_RADIUS}
                  strokeWidth={width}
                  vectorEffect="non-scaling-stroke"
                />
              );
            })}
        </g>
      </svg>
      {/* Names live in a layer of their own, so recolouring the map on a timeline step does not repaint the text. */}
      <svg
        ref={labelLayer}
        className="overview-map__labels"
        viewBox={viewBoxAttribute(VIEW_BOX)}
        preserveAspectRatio="xMidYMid meet"
        aria-hidden="true"
      >
        <g
          fontSize={LABEL_SIZE}
          textAnchor="middle"
          dominantBaseline="central"
          fill="#1F2933"
          stroke="rgba(255,255,255,0.85)"
          strokeWidth={0.5}
          paintOrder="stroke"
          direction={lang === 'ar' ? 'rtl' : 'ltr'}
        >
          {labels}
        </g>
      </svg>
      <small className="map-stack__credit">{props.credit ?? 'Natural Earth'}</small>
      {hintText ? (
        <p className="map-gesture-hint" role="status">
          {hintText}
        </p>
      ) : null}
      {hover ? (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x, top: hover.y }} data-iso3={hover.iso3}>
          {props.renderTooltip(hover.iso3)}
        </div>
      ) : null}
    </div>
  );
}
