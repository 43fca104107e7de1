'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import type { MapViewport } from '@/components/map/atlas-map';
import type { Borders } from '@/lib/geo/borders';
import { LazyAtlasMap } from '@/components/map/lazy-atlas-map';
import type { CountryState, MapColors } from '@/components/map/map-style';
import { OverviewMap } from '@/components/map/overview-map';
import { useI18n } from '@/components/providers/i18n-provider';
import { errorMessage } from '@/components/status/error-message';
import { ErrorState, LoadingState } from '@/components/status/status-message';
import { NO_POSITION_COLOR } from '@/lib/colors/stance-colors';
import { countOutside, fitViewport } from '@/lib/geo/fit-view';
import { EUROPE_BOUNDS } from '@/components/map/map-style';

const MAP_COLORS: MapColors = {
  sea: '#EAF1F6',
  noPosition: NO_POSITION_COLOR,
  border: '#FFFFFF',
  highlight: '#111111',
};

type MapDict = ReturnType<typeof useI18n>['dict']['map'];

/** MapLibre's own texts (buttons, gesture help) in the page's language. */
function mapLocale(map: MapDict): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': map.zoomIn,
    'NavigationControl.ZoomOut': map.zoomOut,
    'CooperativeGesturesHandler.WindowsHelpText': map.wheelHint,
    'CooperativeGesturesHandler.MacHelpText': map.wheelHintMac,
    'CooperativeGesturesHandler.MobileHelpText': map.touchHint,
  };
}

type Props = {
  borders: UseQueryResult<Borders>;
  paint: ReadonlyMap<string, CountryState>;
  selected: readonly string[];
  view: MapViewport | null;
  /** Show the zoomable MapLibre map rather than the overview. */
  interactive: boolean;
  onExplore: () => void;
  label: string;
  renderTooltip: (iso3: string) => ReactNode;
  onSelect: (iso3: string) => void;
  onViewChange: (view: MapViewport) => void;
  /** Where the countries with a position are (label points), for "Show all countries with a position". */
  positioned?: readonly [number, number][];
  /** Moves the map to a view chosen by the reader (a history entry of its own). */
  onShowView?: (view: MapViewport) => void;
};

/**
 * Waits for the outlines, then draws the overview map (SVG); once the user zooms or pans, the
 * MapLibre map loads on top of it and replaces it when its first frame is drawn.
 */
export function MapPanel({ borders, interactive, onExplore, positioned = [], onShowView, ...map }: Props) {
  const { dict, lang } = useI18n();
  const [failure, setFailure] = useState<Error | null>(null);
  const [atlasLoaded, setAtlasLoaded] = useState(false);

  const onAtlasLoaded = useCallback(() => setAtlasLoaded(true), []);

  if (borders.isPending) {
    return (
      <div className="atlas-map atlas-map--placeholder">
        <LoadingState label={dict.status.mapLoading} />
      </div>
    );
  }
  if (borders.isError) {
    return (
      <div className="atlas-map atlas-map--placeholder">
        <ErrorState
          message={dict.status.mapError}
          detail={errorMessage(borders.error)}
          onRetry={() => void borders.refetch()}
        />
      </div>
    );
  }

  // Without WebGL (or if MapLibre fails) the overview stays: colours, hover and selection still work.
  const zoomable = interactive && !failure;
  const showOverview = !zoomable || !atlasLoaded;
  // The default view frames Europe; countries with a position elsewhere (the US, Japan, Australia) are one click away.
  const offscreen = map.view ? 0 : countOutside(positioned, EUROPE_BOUNDS);
  const showAll = (event: React.MouseEvent<HTMLButtonElement>) => {
    const box = event.currentTarget.closest('.map-stack')?.getBoundingClientRect();
    const view = box ? fitViewport(positioned, box.width, box.height) : null;
    if (view) onShowView?.(view);
  };
  return (
    <div className="map-stack">
      {onShowView && positioned.length > 0 && offscreen > 0 ? (
        <button type="button" className="map-stack__show-all" onClick={showAll}>
          {dict.map.showAll(positioned.length, offscreen)}
        </button>
      ) : null}
      {showOverview ? (
        <OverviewMap
          borders={borders.data}
          colors={MAP_COLORS}
          paint={map.paint}
          selected={map.selected}
          label={map.label}
          lang={lang}
          credit={dict.map.credit}
          hints={{ wheel: dict.map.wheelHint, wheelMac: dict.map.wheelHintMac, touch: dict.map.touchHint }}
          renderTooltip={map.renderTooltip}
          onSelect={map.onSelect}
          onExplore={onExplore}
        />
      ) : null}
      {zoomable ? (
        <div className={atlasLoaded ? undefined : 'map-stack__layer--loading'}>
          <LazyAtlasMap
            borders={borders.data}
            colors={MAP_COLORS}
            locale={mapLocale(dict.map)}
            lang={lang}
            credit={dict.map.credit}
            onError={setFailure}
            onLoaded={onAtlasLoaded}
            {...map}
          />
        </div>
      ) : failure ? null : (
        <button type="button" className="map-stack__explore" onClick={onExplore}>
          {dict.map.explore}
        </button>
      )}
      {failure ? <ErrorState message={dict.status.mapError} detail={failure.message} /> : null}
      {zoomable && !atlasLoaded ? (
        <p className="map-stack__status" role="status">
          {dict.map.exploreLoading}
        </p>
      ) : null}
    </div>
  );
}
