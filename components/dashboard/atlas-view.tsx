'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ChartsSlot } from '@/components/charts/charts-slot';
import { CorrectionNotice } from '@/components/status/correction-notice';
import { StanceSummary } from '@/components/summary/stance-summary';
import { whoIsWhere } from '@/lib/summary/who-is-where';
import { CountryDetail } from '@/components/detail/country-detail';
import { Legend } from '@/components/legend/legend';
import type { Borders } from '@/components/map/borders';
import { CountryTooltip } from '@/components/map/country-tooltip';
import type { LivePaint, MapHandle } from '@/components/map/atlas-map';
import { useI18n } from '@/components/providers/i18n-provider';
import { CountrySearch } from '@/components/search/country-search';
import { ExportControls } from '@/components/export/export-controls';
import { PositionsTable } from '@/components/table/positions-table';
import { buildTableRows } from '@/components/table/table-rows';
import { TimelineSlider } from '@/components/timeline/timeline-slider';
import { useTimeline } from '@/components/timeline/use-timeline';
import { spendingColor } from '@/lib/colors/spending-scale';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import type { ShareState } from '@/lib/url/share-state';
import { AppHeader } from './app-header';
import { LayerSwitch } from './layer-switch';
import { MapPanel } from './map-panel';
import { paintCountries } from './paint';
import { SelectionChips } from './selection-chips';
import { toggleStance } from '@/lib/filters/stance-filter';
import { removeCountry, selectCountry } from './selection';
import type { PositionsPayload } from '@/lib/data/payloads';
import { useAtlasModel } from './use-atlas-model';
import type { ShareStateUpdate } from './use-share-state';
import { panelId, tabId, ViewTabs } from './view-tabs';

type Props = {
  data: PositionsPayload;
  borders: UseQueryResult<Borders>;
  state: ShareState;
  update: ShareStateUpdate;
};

const noSubscription = () => () => undefined;

const stanceColor = (stance: keyof typeof STANCE_COLORS) => STANCE_COLORS[stance];

export function AtlasView({ data, borders, state, update }: Props) {
  const { dict, lang } = useI18n();
  const model = useAtlasModel(data, lang);
  const { index, directory } = model;

  const writeTime = useCallback((time: string | null, mode: 'push' | 'replace') => update({ time }, mode), [update]);
  const { controller, date, beginGesture } = useTimeline(model.timelineInput, state.time, writeTime);

  // The map and legend follow the slider at once; the table, detail and charts may lag a frame behind.
  const laterDate = useDeferredValue(date);

  const stances = index.stancesAt(date);
  const spendingNow = useMemo(() => index.spendingAt(date), [index, date]);
  const iso3s = useMemo(() => data.countries.map((c) => c.iso3), [data.countries]);
  const paint = useMemo(
    () => paintCountries({ iso3s, layer: state.layer, stances, spending: spendingNow, filter: state.stance, stanceColor, spendingColor }),
    [iso3s, state.layer, stances, spendingNow, state.stance],
  );
  // Timeline steps reach the map from the controller directly, ahead of React's render of the panels.
  const livePaint = useMemo<LivePaint>(
    () => ({
      subscribe: (apply) =>
        controller.subscribe(({ current }) =>
          apply(
            paintCountries({
              iso3s,
              layer: state.layer,
              stances: index.stancesAt(current),
              spending: index.spendingAt(current),
              filter: state.stance,
              stanceColor,
              spendingColor,
            }),
          ),
        ),
    }),
    [controller, iso3s, state.layer, state.stance, index],
  );
  const counts = index.countsAt(date);
  // Label points of the countries with a position as of the date, for the view that shows them all.
  const positioned = useMemo<[number, number][]>(() => {
    const where = new Map(borders.data?.countries.map((c) => [c.iso3, [c.lon, c.lat] as [number, number]]) ?? []);
    return [...stances.keys()].flatMap((iso3) => (where.has(iso3) ? [where.get(iso3)!] : []));
  }, [borders.data, stances]);
  const noPositionCount = iso3s.length - stances.size;

  const asOfLater = index.asOfAt(laterDate);
  const spendingLater = useMemo(() => index.spendingAt(laterDate), [index, laterDate]);
  const rows = useMemo(
    () => buildTableRows({ asOf: asOfLater, spending: spendingLater, filter: state.stance, name: directory.name, collator: model.collator }),
    [asOfLater, spendingLater, state.stance, directory, model.collator],
  );

  const summary = useMemo(() => whoIsWhere(asOfLater, state.stance, directory.name, model.collator), [asOfLater, state.stance, directory, model.collator]);
  const select = useCallback((iso3: string) => update({ country: selectCountry(state.country, iso3) }, 'push'), [update, state.country]);
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

  const mapHandle = useRef<MapHandle | null>(null);
  const [mapReady, setMapReady] = useState(false);
  // The zoomable map loads on demand; a link with a view needs it from the start. Once loaded it stays.
  const [explored, setExplored] = useState(false);
  if (state.view !== null && !explored) setExplored(true);
  const interactive = explored || state.view !== null;
  const explore = useCallback(() => setExplored(true), []);
  const onMapReady = useCallback((handle: MapHandle | null) => {
    mapHandle.current = handle;
    setMapReady(handle !== null);
  }, []);

  const first = state.country[0];

  // Marks the moment the page is interactive, for tests and for anyone scripting the dashboard.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  return (
    <>
      <AppHeader state={state} current={() => ({ ...state, time: controller.urlTime })}>
        <CountrySearch countries={directory.list} onSelect={select} />
      </AppHeader>
      <main id="main" className="layout" tabIndex={-1} data-ready={hydrated ? 'true' : undefined}>
        <div className="layout__main">
          <CorrectionNotice />
          <div className="toolbar">
            <ViewTabs tab={state.tab} onChange={(tab) => update({ tab }, 'push')} />
            <LayerSwitch layer={state.layer} onChange={(layer) => update({ layer }, 'push')} />
            <ExportControls
              index={index}
              countries={data.countries}
              articles={model.articlesById}
              date={laterDate}
              state={state}
              borders={borders.data}
              mapHandle={state.tab === 'map' && mapReady ? mapHandle : null}
            />
          </div>
          <div role="tabpanel" id={panelId('map')} aria-labelledby={tabId('map')} hidden={state.tab !== 'map'} className="tabpanel">
            {state.tab === 'map' ? (
              <MapPanel
                borders={borders}
                paint={paint}
                livePaint={livePaint}
                selected={state.country}
                view={state.view}
                interactive={interactive}
                onExplore={explore}
                label={dict.map.label}
                renderTooltip={renderTooltip}
                onSelect={select}
                onViewChange={(view) => update({ view }, 'replace')}
                positioned={positioned}
                onShowView={(view) => update({ view }, 'push')}
                onReady={onMapReady}
              />
            ) : null}
          </div>
          <div role="tabpanel" id={panelId('table')} aria-labelledby={tabId('table')} hidden={state.tab !== 'table'} className="tabpanel">
            {state.tab === 'table' ? (
              <PositionsTable
                rows={rows}
                asOfDate={laterDate}
                layer={state.layer}
                selected={state.country}
                otherCount={state.stance.length === 0 ? Math.max(0, iso3s.length - rows.length) : 0}
                onSelect={select}
              />
            ) : null}
          </div>
          <TimelineSlider controller={controller} beginGesture={beginGesture} />
        </div>
        <aside className="layout__side" aria-label={dict.detail.heading}>
          <Legend
            layer={state.layer}
            counts={counts}
            noPositionCount={noPositionCount}
            shown={state.stance}
            onToggle={(stance) => update({ stance: toggleStance(state.stance, stance) }, 'push')}
            onShowAll={() => update({ stance: [] }, 'push')}
            spendingKnown={{ known: spendingNow.size, all: iso3s.length }}
          />
          <StanceSummary groups={summary} selected={state.country} onSelect={select} />
          <SelectionChips
            selected={state.country}
            name={directory.name}
            onFocus={(iso3) => update({ country: [iso3, ...removeCountry(state.country, iso3)] }, 'push')}
            onRemove={(iso3) => update({ country: removeCountry(state.country, iso3) }, 'push')}
            onClear={() => update({ country: [] }, 'push')}
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
