'use client';

import type { ArticleMeta } from '@/lib/schema/articles';
import type { Borders } from '@/lib/geo/borders';
import { useI18n } from '@/components/providers/i18n-provider';
import { exportFileName } from '@/lib/export/file-name';
import { viewToCsv } from '@/lib/export/view-to-csv';
import { viewToGeoJSON } from '@/lib/export/view-to-geojson';
import { previewPath } from '@/lib/preview/preview-url';
import { joinTime } from '@/lib/timeline/time-range';
import type { CountryProperties } from '@/lib/schema/positions';
import type { TimelineIndex } from '@/lib/timeline/timeline-index';
import type { ShareState } from '@/lib/url/share-state';
import { downloadText, downloadUrl } from './download';
import { ExportButtons } from './export-buttons';

type Props = {
  index: TimelineIndex;
  countries: readonly CountryProperties[];
  /** The as-of date the view shows (the end of a compared range). */
  date: string;
  /** The start of a compared range, or null for one date. */
  from: string | null;
  state: ShareState;
  /** Articles by id, for how precisely each position's date is known. */
  articles: ReadonlyMap<string, ArticleMeta>;
  borders: Borders | undefined;
};

/** Downloads exactly what is on screen: as-of date, stance filter and layer are in the data and the file name. */
export function ExportControls({ index, countries, articles, date, from, state, borders }: Props) {
  const { lang } = useI18n();
  const view = { date, from, layer: state.layer, stances: state.stance };
  const input = () => ({
    countries,
    asOf: index.asOfAt(date),
    date,
    // Movements are a reading of the stance layer; the spending layer exports the end date's figures.
    from: from && state.layer === 'stance' ? { date: from, asOf: index.asOfAt(from) } : null,
    stances: state.stance,
    trust: state.trust,
    precisionOf: (id: string) => articles.get(id)?.date_precision,
  });

  const onCsv = () => downloadText(exportFileName(view, 'csv'), viewToCsv(input()), 'text/csv;charset=utf-8');

  const onGeoJson = () => {
    const shapes = new Map(borders?.shapes.features.map((f) => [f.properties.iso3, f.geometry]) ?? []);
    const collection = viewToGeoJSON({ ...input(), geometryOf: (iso3) => shapes.get(iso3) });
    downloadText(exportFileName(view, 'geojson'), JSON.stringify(collection), 'application/geo+json');
  };

  // The picture the server draws of this view (the link preview's renderer): title, as-of date or range, legend,
  // source and data line, publishable as it is. The dates are the ones on screen, also while the URL catches up.
  const picture = { ...state, time: joinTime({ from, to: date }) };
  const onPng = () => downloadUrl(exportFileName(view, 'png'), previewPath(lang, picture, 'png', 2));
  const onSvg = () => downloadUrl(exportFileName(view, 'svg'), previewPath(lang, picture, 'svg'));

  return <ExportButtons onCsv={onCsv} onGeoJson={onGeoJson} onPng={onPng} onSvg={onSvg} />;
}
