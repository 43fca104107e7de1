'use client';

import dynamic from 'next/dynamic';
import { useI18n } from '@/components/providers/i18n-provider';
import { LoadingState } from '@/components/status/status-message';

/** MapLibre is ~1 MB: it loads only once a map is actually shown, never with the first page. */
export const LazyAtlasMap = dynamic(() => import('./atlas-map').then((mod) => mod.AtlasMap), {
  ssr: false,
  loading: () => (
    <div className="atlas-map atlas-map--placeholder">
      <MapLoading />
    </div>
  ),
});

function MapLoading() {
  const { dict } = useI18n();
  return <LoadingState label={dict.status.mapLoading} />;
}
