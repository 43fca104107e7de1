'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { LivePaint, MapHandle, MapViewport } from '@/components/map/atlas-map';
import type { Borders } from '@/components/map/borders';
import { LazyAtlasMap } from '@/components/map/lazy-atlas-map';
import type { CountryState, MapColors } from '@/components/map/map-style';
import { useI18n } from '@/components/providers/i18n-provider';
import { errorMessage } from '@/components/status/error-message';
import { ErrorState, LoadingState } from '@/components/status/status-message';
import { NO_POSITION_COLOR } from '@/lib/colors/stance-colors';

const MAP_COLORS: MapColors = { sea: '#EAF1F6', noPosition: NO_POSITION_COLOR, border: '#FFFFFF', highlight: '#111111' };

const MAP_LOCALE: Record<'en' | 'ar', Record<string, string>> = {
  en: { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out' },
  ar: { 'NavigationControl.ZoomIn': 'تكبير', 'NavigationControl.ZoomOut': 'تصغير' },
};

type Props = {
  borders: UseQueryResult<Borders>;
  paint: ReadonlyMap<string, CountryState>;
  livePaint?: LivePaint;
  selected: readonly string[];
  view: MapViewport | null;
  label: string;
  renderTooltip: (iso3: string) => ReactNode;
  onSelect: (iso3: string) => void;
  onViewChange: (view: MapViewport) => void;
  onReady: (handle: MapHandle | null) => void;
};

/** Waits for the outlines, then hands everything to the lazily loaded MapLibre map. */
export function MapPanel({ borders, ...map }: Props) {
  const { dict, lang } = useI18n();
  const [failure, setFailure] = useState<Error | null>(null);
  if (failure) return <ErrorState message={dict.status.mapError} detail={failure.message} />;
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
        <ErrorState message={dict.status.mapError} detail={errorMessage(borders.error)} onRetry={() => void borders.refetch()} />
      </div>
    );
  }
  return <LazyAtlasMap borders={borders.data} colors={MAP_COLORS} locale={MAP_LOCALE[lang]} onError={setFailure} {...map} />;
}
