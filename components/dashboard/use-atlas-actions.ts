'use client';

import { useMemo } from 'react';
import type { MapViewport } from '@/components/map/atlas-map';
import { toggleStance } from '@/lib/filters/stance-filter';
import type { ShareState } from '@/lib/url/share-state';
import { removeCountry, selectCountry } from './selection';
import type { ShareStateUpdate } from './use-share-state';

/**
 * Write the URL: every user action becomes one URL update. Discrete choices push a history entry
 * (Back undoes them); following the camera replaces it. Nothing else changes the dashboard's state.
 */
export function useAtlasActions(state: Pick<ShareState, 'country' | 'stance'>, update: ShareStateUpdate) {
  const { country, stance } = state;
  return useMemo(
    () => ({
      select: (iso3: string) => update({ country: selectCountry(country, iso3) }, 'push'),
      focus: (iso3: string) => update({ country: [iso3, ...removeCountry(country, iso3)] }, 'push'),
      remove: (iso3: string) => update({ country: removeCountry(country, iso3) }, 'push'),
      clearSelection: () => update({ country: [] }, 'push'),
      setTab: (tab: ShareState['tab']) => update({ tab }, 'push'),
      setLayer: (layer: ShareState['layer']) => update({ layer }, 'push'),
      toggleStance: (one: ShareState['stance'][number]) => update({ stance: toggleStance(stance, one) }, 'push'),
      showAllStances: () => update({ stance: [] }, 'push'),
      setTrust: (trust: ShareState['trust']) => update({ trust }, 'push'),
      setSort: (sort: ShareState['sort']) => update({ sort }, 'push'),
      /** The camera after a user's move (wheel, pinch, drag): replaces, so Back is not a trail of moves. */
      followView: (view: MapViewport) => update({ view }, 'replace'),
      /** A view the user asked for with a button: a history entry of its own. */
      showView: (view: MapViewport) => update({ view }, 'push'),
    }),
    [update, country, stance],
  );
}

export type AtlasActions = ReturnType<typeof useAtlasActions>;
