'use client';

import type { RefObject } from 'react';
import type { MapHandle } from '@/components/map/atlas-map';
import type { Borders } from '@/components/map/borders';
import type { ArticleMeta } from '@/lib/schema/articles';
import type { CountryProperties } from '@/lib/schema/positions';
import type { ShareState } from '@/lib/url/share-state';
import { downloadUrl, exportFilename } from './download';
import { ExportButtons } from './export-buttons';

type Props = {
  countries: readonly CountryProperties[];
  articles: readonly ArticleMeta[];
  date: string;
  state: ShareState;
  borders: Borders | undefined;
  mapHandle: RefObject<MapHandle | null> | null;
};

export function ExportControls({ date, mapHandle }: Props) {
  const onPng = mapHandle
    ? async () => {
        const url = await mapHandle.current?.toPngDataUrl();
        if (url) downloadUrl(exportFilename(date, 'png', 'map'), url);
      }
    : null;
  return <ExportButtons onCsv={() => undefined} onGeoJson={() => undefined} onPng={onPng ? () => void onPng() : null} />;
}
