import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * DOM events the maps send for anyone observing the page (the benchmark's probe, a script, an extension); the
 * components know nothing of who listens.
 * - `atlas:painted` on window, after the overview map has set new fills (the next frame paints them);
 * - `atlas:map` on window, once, with the zoomable map, so colour changes and renders can be timed.
 */
export const PAINTED_EVENT = 'atlas:painted';
export const MAP_EVENT = 'atlas:map';

export function announcePainted(): void {
  window.dispatchEvent(new Event(PAINTED_EVENT));
}

export function announceMap(map: MapLibreMap): void {
  window.dispatchEvent(new CustomEvent(MAP_EVENT, { detail: map }));
}
