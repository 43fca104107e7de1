'use client';

import dynamic from 'next/dynamic';

/**
 * MapLibre and its worker are ~440 kB gzip: they load only when someone zooms or pans (or opens a
 * link with a view), never with the first page. Until then the overview map stays on screen, so
 * the loading state draws nothing of its own.
 */
export const LazyAtlasMap = dynamic(() => import('./atlas-map').then((mod) => mod.AtlasMap), {
  ssr: false,
  loading: () => null,
});
