'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useDeferredValue } from 'react';
import { CountryTooltip } from '@/components/map/country-tooltip';
import { useI18n } from '@/components/providers/i18n-provider';
import { useTimeline } from '@/components/timeline/use-timeline';
import type { PositionsPayload } from '@/lib/data/payloads';
import type { Borders } from '@/lib/geo/borders';
import type { ShareState } from '@/lib/url/share-state';
import { useAtlasActions } from './use-atlas-actions';
import { useAtlasDerived } from './use-atlas-derived';
import { useAtlasModel } from './use-atlas-model';
import { useMapChoice } from './use-map-choice';
import type { ShareStateUpdate } from './use-share-state';

export type AtlasInput = {
  data: PositionsPayload;
  borders: UseQueryResult<Borders>;
  state: ShareState;
  update: ShareStateUpdate;
};

/**
 * What every view of the atlas (the dashboard, an embed) is made of: the model of the data, the timeline that
 * drives the date, what is derived for that date, the actions that write the URL, the choice of map, and the
 * map's tooltip. The map and legend follow the slider at once; `laterDate` (table, detail, charts) may lag a frame.
 */
export function useAtlas({ data, borders, state, update }: AtlasInput) {
  const { dict, lang } = useI18n();
  const model = useAtlasModel(data, lang);
  const { index, directory } = model;
  const writeTime = useCallback((time: string | null, mode: 'push' | 'replace') => update({ time }, mode), [update]);
  const { controller, date, beginGesture } = useTimeline(model.timelineInput, state.time, writeTime);
  const laterDate = useDeferredValue(date);
  const derived = useAtlasDerived({ data, model, borders: borders.data, state, date, laterDate });
  const act = useAtlasActions(state, update);
  const map = useMapChoice(state.view);
  const { spendingNow } = derived;

  const renderTooltip = useCallback(
    (iso3: string) => {
      const asOf = index.asOfAt(date).get(iso3);
      return (
        <CountryTooltip
          name={directory.name(iso3)}
          asOf={asOf}
          precision={asOf ? model.articlesById.get(asOf.position.article)?.date_precision : undefined}
          spending={spendingNow.get(iso3)}
          dict={dict}
          lang={lang}
        />
      );
    },
    [directory, index, date, spendingNow, dict, lang, model.articlesById],
  );

  // The map and the legend as every view shows them.
  const mapProps = {
    borders,
    paint: derived.paint,
    selected: state.country,
    view: state.view,
    interactive: map.interactive,
    onExplore: map.explore,
    label: dict.map.label,
    renderTooltip,
    onSelect: act.select,
    onViewChange: act.followView,
  };
  const legendProps = {
    layer: state.layer,
    counts: derived.counts,
    noPositionCount: derived.noPositionCount,
    shown: state.stance,
    onToggle: act.toggleStance,
    onShowAll: act.showAllStances,
    spendingKnown: { known: spendingNow.size, all: derived.iso3s.length },
  };

  return { model, controller, laterDate, beginGesture, derived, act, mapProps, legendProps };
}
