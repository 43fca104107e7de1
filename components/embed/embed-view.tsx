'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { MapPanel } from '@/components/dashboard/map-panel';
import { useAtlasActions } from '@/components/dashboard/use-atlas-actions';
import { useAtlasDerived } from '@/components/dashboard/use-atlas-derived';
import { useAtlasModel } from '@/components/dashboard/use-atlas-model';
import { useMapChoice } from '@/components/dashboard/use-map-choice';
import type { ShareStateUpdate } from '@/components/dashboard/use-share-state';
import { Legend } from '@/components/legend/legend';
import { CountryTooltip } from '@/components/map/country-tooltip';
import { useI18n } from '@/components/providers/i18n-provider';
import { TimelineSlider } from '@/components/timeline/timeline-slider';
import { useTimeline } from '@/components/timeline/use-timeline';
import type { PositionsPayload } from '@/lib/data/payloads';
import type { Borders } from '@/lib/geo/borders';
import { shareStateToSearch, type ShareState } from '@/lib/url/share-state';
import { useReportHeight } from './use-report-height';

type Props = {
  data: PositionsPayload;
  borders: UseQueryResult<Borders>;
  state: ShareState;
  update: ShareStateUpdate;
};

/**
 * The view for another site's article: the map, the timeline and the legend of the same URL state, a source
 * line and a link to the full dashboard. It keeps its own URL (inside the iframe) and reports its height.
 */
export function EmbedView({ data, borders, state, update }: Props) {
  const { dict, lang } = useI18n();
  const model = useAtlasModel(data, lang);
  const { index, directory } = model;
  const writeTime = useCallback((time: string | null, mode: 'push' | 'replace') => update({ time }, mode), [update]);
  const { controller, date, beginGesture } = useTimeline(model.timelineInput, state.time, writeTime);
  const derived = useAtlasDerived({ data, model, borders: borders.data, state, date, laterDate: date });
  const act = useAtlasActions(state, update);
  const map = useMapChoice(state.view);
  const root = useReportHeight();

  const renderTooltip = useCallback(
    (iso3: string) => {
      const asOf = index.asOfAt(date).get(iso3);
      return (
        <CountryTooltip
          name={directory.name(iso3)}
          asOf={asOf}
          precision={asOf ? model.articlesById.get(asOf.position.article)?.date_precision : undefined}
          spending={derived.spendingNow.get(iso3)}
          dict={dict}
          lang={lang}
        />
      );
    },
    [directory, index, date, derived.spendingNow, dict, lang, model.articlesById],
  );

  const full = `/${lang}${shareStateToSearch({ ...state, time: controller.urlTime })}`;
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
          <MapPanel
            borders={borders}
            paint={derived.paint}
            selected={state.country}
            view={state.view}
            interactive={map.interactive}
            onExplore={map.explore}
            label={dict.map.label}
            renderTooltip={renderTooltip}
            onSelect={act.select}
            onViewChange={act.followView}
          />
          <TimelineSlider controller={controller} beginGesture={beginGesture} />
        </div>
        <Legend
          layer={state.layer}
          counts={derived.counts}
          noPositionCount={derived.noPositionCount}
          shown={state.stance}
          onToggle={act.toggleStance}
          onShowAll={act.showAllStances}
          spendingKnown={{ known: derived.spendingNow.size, all: derived.iso3s.length }}
        />
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
