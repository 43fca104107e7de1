'use client';

import { useCallback, useState } from 'react';
import type { MapViewport } from '@/components/map/atlas-map';

/**
 * Choose the map: the light overview until the user explores (or a link carries a camera), then the
 * zoomable map, which stays once loaded.
 */
export function useMapChoice(view: MapViewport | null) {
  const [explored, setExplored] = useState(false);
  // A link with a view needs the zoomable map from the start. Adjusting state during render is React's
  // documented way to derive it from a prop without an extra paint.
  if (view !== null && !explored) setExplored(true);
  const explore = useCallback(() => setExplored(true), []);

  return { interactive: explored || view !== null, explore };
}
