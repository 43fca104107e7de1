'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Borders } from '@/lib/geo/borders';
import { announceMap } from './map-events';
import {
  buildMapStyle,
  diffStates,
  HATCH_IMAGE,
  makeHatchImage,
  EUROPE_BOUNDS,
  INTERACTIVE_LAYERS,
  SOURCES,
  type CountryState,
  type MapColors,
} from './map-style';

export type MapViewport = { lon: number; lat: number; zoom: number };

export type AtlasMapProps = {
  borders: Borders;
  colors: MapColors;
  /** Colour and dimming per iso3; countries absent here get the no-position colour. */
  paint: ReadonlyMap<string, CountryState>;
  selected: readonly string[];
  view: MapViewport | null;
  label: string;
  locale?: Record<string, string>;
  /** Language of the country names drawn on the map. */
  lang?: 'en' | 'ar';
  /** The borders' credit line, in the page's language. */
  credit?: string;
  renderTooltip: (iso3: string) => ReactNode;
  onSelect: (iso3: string) => void;
  onViewChange: (view: MapViewport) => void;
  /** The style and borders are loaded and the first frame is drawn. */
  onLoaded?: () => void;
  onError?: (error: Error) => void;
};

const WORKER_URL = '/maplibre-gl-worker.mjs';

type Hover = { iso3: string; x: number; y: number };

function setState(map: MapLibreMap, iso3: string, state: CountryState) {
  map.setFeatureState({ source: SOURCES.shapes, id: iso3 }, state);
  map.setFeatureState({ source: SOURCES.dots, id: iso3 }, state);
}

function currentView(map: MapLibreMap): MapViewport {
  const center = map.getCenter().wrap();
  return { lon: center.lng, lat: center.lat, zoom: map.getZoom() };
}

function sameView(a: MapViewport, b: MapViewport): boolean {
  return Math.abs(a.lon - b.lon) < 1e-3 && Math.abs(a.lat - b.lat) < 1e-3 && Math.abs(a.zoom - b.zoom) < 1e-2;
}

export function AtlasMap(props: AtlasMapProps) {
  const { borders, colors, paint, selected, view, label, locale } = props;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  /** Where the URL state put the camera last; a move that ends elsewhere is the user's and is written back. */
  const shown = useRef<MapViewport | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [hover, setHover] = useState<Hover | null>(null);
  // Latest callbacks without re-binding map events on every render.
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  // The map, its sources and layers are created once; later props only change feature-state or the camera.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let map: MapLibreMap;
    try {
      setWorkerUrl(WORKER_URL);
      const initial = callbacks.current.view;
      map = new MapLibreMap({
        container: element,
        style: buildMapStyle(borders, colors, callbacks.current.lang),
        ...(initial
          ? { center: [initial.lon, initial.lat] as [number, number], zoom: initial.zoom }
          : { bounds: EUROPE_BOUNDS, fitBoundsOptions: { padding: 8 } }),
        attributionControl: { compact: true, customAttribution: callbacks.current.credit ?? 'Natural Earth' },
        // The page scrolls under a plain wheel or one finger; Ctrl/⌘ + wheel and two fingers move the map.
        cooperativeGestures: true,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        renderWorldCopies: false,
        locale,
      });
    } catch (error) {
      callbacks.current.onError?.(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    mapRef.current = map;
    announceMap(map);
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.touchZoomRotate.disableRotation();
    map.getCanvas().setAttribute('aria-label', callbacks.current.label);

    let hovered: string | null = null;
    const setHovered = (iso3: string | null) => {
      if (hovered === iso3) return;
      if (hovered) setState(map, hovered, { hover: false });
      if (iso3) setState(map, iso3, { hover: true });
      hovered = iso3;
    };
    const countryAt = (event: MapMouseEvent): string | null => {
      const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id));
      const hit = map.queryRenderedFeatures(event.point, { layers })[0];
      return hit?.id === undefined ? null : String(hit.id);
    };

    // The style names the hatch pattern; the map draws it itself, so nothing is fetched.
    map.on('styleimagemissing', (event) => {
      if (event.id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, makeHatchImage());
    });
    map.on('load', () => setLoaded(true));
    map.on('error', (event) => {
      // Only a lost WebGL context is fatal; MapLibre reports recoverable problems here too.
      const message = String(event.error?.message ?? '');
      if (/webgl/i.test(message)) callbacks.current.onError?.(new Error(message));
    });
    map.on('mousemove', (event) => {
      const iso3 = countryAt(event);
      setHovered(iso3);
      map.getCanvas().style.cursor = iso3 ? 'pointer' : '';
      setHover(iso3 ? { iso3, x: event.point.x, y: event.point.y } : null);
    });
    map.getCanvas().addEventListener('mouseleave', () => {
      setHovered(null);
      setHover(null);
    });
    map.on('click', (event) => {
      const iso3 = countryAt(event);
      if (iso3) callbacks.current.onSelect(iso3);
    });
    // Every move (drag, wheel, pinch, buttons, keys) ends in the URL unless the camera is where the URL
    // state already put it: the state flows one way, URL -> camera, and the camera reports only news.
    shown.current = currentView(map);
    map.on('moveend', () => {
      const now = currentView(map);
      if (shown.current && sameView(now, shown.current)) return;
      shown.current = now;
      callbacks.current.onViewChange(now);
    });

    return () => {
      mapRef.current = null;
      setLoaded(false);
      map.remove();
    };
    // borders and colours are fixed for the lifetime of the page; re-creating the map is what we avoid.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [borders]);

  useEffect(() => {
    if (loaded) callbacks.current.onLoaded?.();
  }, [loaded]);

  // Colouring: only the countries whose colour or dimming changed get a setFeatureState call.
  const painted = useRef<ReadonlyMap<string, CountryState>>(new Map());
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    for (const [iso3, state] of diffStates(painted.current, paint)) setState(map, iso3, state);
    painted.current = paint;
  }, [paint, loaded]);

  const selectedOnMap = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    const next = new Set(selected);
    for (const iso3 of selectedOnMap.current) if (!next.has(iso3)) setState(map, iso3, { selected: false });
    for (const iso3 of next) if (!selectedOnMap.current.has(iso3)) setState(map, iso3, { selected: true });
    selectedOnMap.current = next;
  }, [selected, loaded]);

  // The URL's view wins when it changes from outside the map (Back, a pasted link).
  const lastView = useRef<MapViewport | null>(view);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const previous = lastView.current;
    lastView.current = view;
    if (view) {
      if (!sameView(view, currentView(map))) map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    } else if (previous) {
      map.fitBounds(EUROPE_BOUNDS, { padding: 8, animate: false });
    }
    shown.current = currentView(map);
  }, [view]);

  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute('aria-label', label);
  }, [label]);

  return (
    <div className="atlas-map">
      <div ref={container} className="atlas-map__canvas" data-loaded={loaded ? 'true' : 'false'} />
      {hover ? (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x, top: hover.y }} data-iso3={hover.iso3}>
          {props.renderTooltip(hover.iso3)}
        </div>
      ) : null}
    </div>
  );
}
