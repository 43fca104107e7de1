'use client';

import { useSyncExternalStore } from 'react';
import { ChartsSlot } from '@/components/charts/charts-slot';
import { CountryDetail } from '@/components/detail/country-detail';
import { ExportControls } from '@/components/export/export-controls';
import { Legend } from '@/components/legend/legend';
import { useI18n } from '@/components/providers/i18n-provider';
import { CountrySearch } from '@/components/search/country-search';
import { DataFooter } from '@/components/cite/data-footer';
import { CorrectionNotice } from '@/components/status/correction-notice';
import { StanceSummary } from '@/components/summary/stance-summary';
import { WhoMoved } from '@/components/summary/who-moved';
import { PositionsTable } from '@/components/table/positions-table';
import { TimelineSlider } from '@/components/timeline/timeline-slider';
import { AppHeader } from './app-header';
import { LayerSwitch } from './layer-switch';
import { MapPanel } from './map-panel';
import { SelectionChips } from './selection-chips';
import { useAtlas, type AtlasInput } from './use-atlas';
import { panelId, tabId, ViewTabs } from './view-tabs';

const noSubscription = () => () => undefined;

/**
 * Render: the dashboard as a projection of the URL state and the timeline's date. Deriving lives in
 * useAtlasDerived, writing the URL in useAtlasActions, choosing the map in useMapChoice (all through useAtlas).
 */
export function AtlasView({ data, borders, state, update }: AtlasInput) {
  const { dict } = useI18n();
  const { model, controller, laterDate, beginGesture, derived, act, mapProps, legendProps, compare, currentTime } =
    useAtlas({
      data,
      borders,
      state,
      update,
    });
  const { index, directory } = model;
  const { iso3s, asOfLater } = derived;

  const first = state.country[0];

  // Marks the moment the page is interactive, for tests and for anyone scripting the dashboard.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  return (
    <>
      <AppHeader state={state} current={() => ({ ...state, time: currentTime() })}>
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
              from={compare.from}
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
              <MapPanel {...mapProps} positioned={derived.positioned} onShowView={act.showView} />
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
                otherCount={
                  state.stance.length === 0 && state.trust.length === 0
                    ? Math.max(0, iso3s.length - derived.rows.length)
                    : 0
                }
                trust={state.trust}
                sort={state.sort}
                comparing={derived.moves !== null}
                onSelect={act.select}
                onTrust={act.setTrust}
                onSort={act.setSort}
              />
            ) : null}
          </div>
          <TimelineSlider controller={controller} beginGesture={beginGesture} compare={compare} />
        </div>
        <aside className="layout__side" aria-label={dict.detail.heading}>
          <Legend {...legendProps} />
          {derived.moved ? (
            <WhoMoved moves={derived.moved} name={directory.name} selected={state.country} onSelect={act.select} />
          ) : (
            <StanceSummary groups={derived.summary} selected={state.country} onSelect={act.select} />
          )}
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
              move={derived.moves?.get(first)}
              compareFrom={compare.from}
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
          events={data.events}
        />
      </main>
      <DataFooter generated={data.generated} version={data.dataVersion} />
    </>
  );
}
