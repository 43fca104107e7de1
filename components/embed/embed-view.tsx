'use client';

import { MapPanel } from '@/components/dashboard/map-panel';
import { useAtlas, type AtlasInput } from '@/components/dashboard/use-atlas';
import { Legend } from '@/components/legend/legend';
import { useI18n } from '@/components/providers/i18n-provider';
import { TimelineSlider } from '@/components/timeline/timeline-slider';
import { shareStateToSearch } from '@/lib/url/share-state';
import { useReportHeight } from './use-report-height';

/**
 * The view for another site's article: the map, the timeline and the legend of the same URL state, a source
 * line and a link to the full dashboard. It keeps its own URL (inside the iframe) and reports its height.
 */
export function EmbedView(input: AtlasInput) {
  const { state } = input;
  const { dict, lang } = useI18n();
  const { controller, beginGesture, mapProps, legendProps, currentTime } = useAtlas(input);
  const root = useReportHeight();

  const full = `/${lang}${shareStateToSearch({ ...state, time: currentTime() })}`;
  return (
    <main ref={root} className="embed" id="main">
      <h1 className="embed__title">
        <a href={full} target="_blank" rel="noopener">
          {dict.app.title}
        </a>
        <span className="embed__subtitle">{dict.app.subtitle}</span>
      </h1>
      <div className="embed__body">
        <div className="embed__map">
          <MapPanel {...mapProps} />
          <TimelineSlider controller={controller} beginGesture={beginGesture} />
        </div>
        <Legend {...legendProps} />
      </div>
      <p className="embed__source">
        {dict.preview.source} · {dict.map.credit} ·{' '}
        <a href={full} target="_blank" rel="noopener">
          {dict.embed.openFull}
        </a>
      </p>
    </main>
  );
}
