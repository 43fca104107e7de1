'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useSyncExternalStore } from 'react';
import { ChartsSlot } from '@/components/charts/charts-slot';
import { CountryDetail } from '@/components/detail/country-detail';
import { ExportControls } from '@/components/export/export-controls';
import { Legend } from '@/components/legend/legend';
import type { Borders } from '@/lib/geo/borders';
import { CountryTooltip } from '@/components/map/country-tooltip';
import { useI18n } from '@/components/providers/i18n-provider';
import { CountrySearch } from '@/components/search/country-search';
import { CorrectionNotice } from '@/components/status/correction-notice';
import { StanceSummary } from '@/components/summary/stance-summary';
import { PositionsTable } from '@/components/table/positions-table';
import { TimelineSlider } from '@/components/timeline/timeline-slider';
import { useTimeline } from '@/components/timeline/use-timeline';
import type { PositionsPayload } from '@/lib/data/payloads';
import type { ShareState } from '@/lib/url/share-state';
import { AppHeader } from './app-header';
import { LayerSwitch } from './layer-switch';
import { MapPanel } from './map-panel';
import { SelectionChips } from './selection-chips';
import { useAtlasActions } from './use-atlas-actions';
import { useAtlasDerived } from './use-atlas-derived';
import { useAtlasModel } from './use-atlas-model';
import { useMapChoice } from './use-map-choice';
import type { ShareStateUpdate } from './use-share-state';
import { panelId, tabId, ViewTabs } from './view-tabs';

type Props = {
  data: PositionsPayload;
  borders: UseQueryResult<Borders>;
  state: ShareState;
  update: ShareStateUpdate;
};

const noSubscription = () => () => undefined;

/**
 * Render: the dashboard as a projection of the URL state and the timeline's date. Deriving lives in
 * useAtlasDerived, writing the URL in useAtlasActions, choosing the map in useMapChoice.
 */
export function AtlasView({ data, borders, state, update }: Props) {
  const { dict, lang } = useI18n();
  const model = useAtlasModel(data, lang);
  const { index, directory } = model;

  const writeTime = useCallback((time: string | null, mode: 'push' | 'replace') => update({ time }, mode), [update]);
  const { controller, date, beginGesture } = useTimeline(model.timelineInput, state.time, writeTime);
  // The map and legend follow the slider at once; the table, detail and charts may lag a frame behind.
  const laterDate = useDeferredValue(date);

  const derived = useAtlasDerived({ data, model, borders: borders.data, state, date, laterDate });
  const { iso3s, spendingNow, asOfLater } = derived;
  const act = useAtlasActions(state, update);
  const map = useMapChoice(state.view);

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

  const first = state.country[0];

  // Marks the moment the page is interactive, for tests and for anyone scripting the dashboard.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  return (
    <>
      <AppHeader state={state} current={() => ({ ...state, time: controller.urlTime })}>
        <CountrySearch countries={directory.list} onSelect={act.select} />
      </AppHeader>
      <main id="main" className="layout" tabIndex={-1} data-ready={hydrated ? 'true' : undefined}>
        <div className="layout__main">
          <CorrectionNotice />
          <div className="toolbar">
            <ViewTabs tab={state.tab} onChange={act.setTab} />
            <LayerSwitch layer={state.layer} onChange={act.setLayer} />
            <ExportControls
              index={index}
              countries={data.countries}
              articles={model.articlesById}
              date={laterDate}
              state={state}
              borders={borders.data}
            />
          </div>
          <div
            role="tabpanel"
            id={panelId('map')}
            aria-labelledby={tabId('map')}
            hidden={state.tab !== 'map'}
            className="tabpanel"
          >
            {state.tab === 'map' ? (
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
                positioned={derived.positioned}
                onShowView={act.showView}
              />
            ) : null}
          </div>
          <div
            role="tabpanel"
            id={panelId('table')}
            aria-labelledby={tabId('table')}
            hidden={state.tab !== 'table'}
            className="tabpanel"
          >
            {state.tab === 'table' ? (
              <PositionsTable
                rows={derived.rows}
                asOfDate={laterDate}
                layer={state.layer}
                selected={state.country}
                otherCount={state.stance.length === 0 ? Math.max(0, iso3s.length - derived.rows.length) : 0}
                onSelect={act.select}
              />
            ) : null}
          </div>
          <TimelineSlider controller={controller} beginGesture={beginGesture} />
        </div>
        <aside className="layout__side" aria-label={dict.detail.heading}>
          <Legend
            layer={state.layer}
            counts={derived.counts}
            noPositionCount={derived.noPositionCount}
            shown={state.stance}
            onToggle={act.toggleStance}
            onShowAll={act.showAllStances}
            spendingKnown={{ known: spendingNow.size, all: iso3s.length }}
          />
          <StanceSummary groups={derived.summary} selected={state.country} onSelect={act.select} />
          <SelectionChips
            selected={state.country}
            name={directory.name}
            onFocus={act.focus}
            onRemove={act.remove}
            onClear={act.clearSelection}
          />
          {first ? (
            <CountryDetail
              iso3={first}
              name={directory.name(first)}
              country={model.byIso.get(first)}
              asOf={asOfLater.get(first)}
              asOfDate={laterDate}
              articles={model.articlesById}
            />
          ) : null}
        </aside>
        <ChartsSlot
          index={index}
          countries={data.countries}
          date={laterDate}
          range={model.range}
          selected={state.country}
          stances={state.stance}
          name={directory.name}
        />
      </main>
    </>
  );
}
