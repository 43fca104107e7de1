'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useRef } from 'react';
import { CountryTooltip } from '@/components/map/country-tooltip';
import { useI18n } from '@/components/providers/i18n-provider';
import { useTimeline } from '@/components/timeline/use-timeline';
import type { PositionsPayload } from '@/lib/data/payloads';
import type { Borders } from '@/lib/geo/borders';
import type { ShareState } from '@/lib/url/share-state';
import { joinTime, splitTime, startBefore } from '@/lib/timeline/time-range';
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
  // `time` is one as-of date or a range compared from `from`: the timeline's controller drives the end.
  const span = splitTime(state.time);
  const from = useRef(span.from);
  useEffect(() => {
    from.current = span.from;
  });
  const { timelineInput } = model;
  const writeTime = useCallback(
    (to: string | null, mode: 'push' | 'replace') => {
      const start = from.current && startBefore(from.current, to, timelineInput.dates, timelineInput.min);
      update({ time: joinTime({ from: start, to }) }, mode);
    },
    [update, timelineInput],
  );
  const { controller, date, beginGesture } = useTimeline(timelineInput, span.to, writeTime);
  /** Starts, moves or (with null) ends the comparison; the end stays where the timeline is. */
  const setCompareFrom = useCallback(
    (start: string | null, mode: 'push' | 'replace') =>
      update({ time: joinTime({ from: start, to: controller.urlTime }) }, mode),
    [update, controller],
  );
  const laterDate = useDeferredValue(date);
  const derived = useAtlasDerived({ data, model, borders: borders.data, state, from: span.from, date, laterDate });
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
          move={derived.moves?.get(iso3)}
          precision={asOf ? model.articlesById.get(asOf.position.article)?.date_precision : undefined}
          spending={spendingNow.get(iso3)}
          dict={dict}
          lang={lang}
        />
      );
    },
    [directory, index, date, spendingNow, dict, lang, model.articlesById, derived.moves],
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
    movementCounts: derived.movementCounts,
    lowConfidenceCount: derived.lowConfidenceCount,
  };
  const compare = { from: span.from, setFrom: setCompareFrom };
  /** The URL's `time` for the view on screen (the controller may be ahead of the throttled URL). */
  const currentTime = () => joinTime({ from: from.current, to: controller.urlTime });

  return { model, controller, laterDate, beginGesture, derived, act, mapProps, legendProps, compare, currentTime };
}
