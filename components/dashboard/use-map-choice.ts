'use client';

import { useCallback, useRef, useState } from 'react';
import type { MapHandle, MapViewport } from '@/components/map/atlas-map';

/**
 * Choose the map: the light overview until the user explores (or a link carries a camera), then the
 * zoomable map, which stays once loaded. Also keeps the handle of whichever map is on screen, for export.
 */
export function useMapChoice(view: MapViewport | null) {
  const [explored, setExplored] = useState(false);
  // A link with a view needs the zoomable map from the start. Adjusting state during render is React's
  // documented way to derive it from a prop without an extra paint.
  if (view !== null && !explored) setExplored(true);
  const explore = useCallback(() => setExplored(true), []);

  const handle = useRef<MapHandle | null>(null);
  const [ready, setReady] = useState(false);
  const onReady = useCallback((next: MapHandle | null) => {
    handle.current = next;
    setReady(next !== null);
  }, []);

  return { interactive: explored || view !== null, explore, handle, ready, onReady };
}
