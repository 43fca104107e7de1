'use client';

import { memo, useMemo } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { reasonCounts } from '@/lib/charts/reason-counts';
import { spendingByCountry } from '@/lib/charts/spending-by-country';
import { stanceCountsOverTime } from '@/lib/charts/stance-counts-over-time';
import { stanceTimelines } from '@/lib/charts/stance-timelines';
import { eventsWithin } from '@/lib/events/mark-layout';
import type { TimelineEvent } from '@/lib/schema/events';
import type { CountryProperties } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import type { DateRange } from '@/lib/timeline/as-of';
import type { TimelineIndex } from '@/lib/timeline/timeline-index';
import { ChartFrame } from './chart-frame';
import { ReasonsChart } from './reasons-chart';
import { SpendingChart } from './spending-chart';
import { StanceCountsChart } from './stance-counts-chart';
import { StanceTimelinesChart } from './stance-timelines-chart';

export type ChartsPanelProps = {
  index: TimelineIndex;
  countries: readonly CountryProperties[];
  date: string;
  range: DateRange;
  selected: readonly string[];
  /** Stances shown; empty means all. */
  stances: readonly Stance[];
  name: (iso3: string) => string;
  /** Summits and meetings, marked on the charts that have time on their axis. */
  events?: readonly TimelineEvent[];
};

/** The four comparison charts; every one follows the as-of date and the stance filter. */
function ChartsPanelView({ index, countries, date, range, selected, stances, name, events }: ChartsPanelProps) {
  const { dict } = useI18n();
  const counts = useMemo(() => stanceCountsOverTime(index, range, stances), [index, range, stances]);
  const spending = useMemo(() => spendingByCountry(countries, selected, date), [countries, selected, date]);
  const reasons = useMemo(() => reasonCounts(index.asOfAt(date), stances), [index, date, stances]);
  const timelines = useMemo(() => stanceTimelines(index, selected, range, stances), [index, selected, range, stances]);
  const marks = useMemo(() => eventsWithin(events ?? [], range.min, range.max), [events, range]);

  return (
    <>
      <StanceCountsChart rows={counts} date={date} filter={stances} events={marks} />
      <ReasonsChart rows={reasons} />
      <StanceTimelinesChart timelines={timelines} range={range} date={date} name={name} events={marks} />
      {spending.length === 0 ? (
        <ChartFrame
          id="chart-spending"
          title={dict.charts.spendingPct}
          empty={selected.length === 0 ? dict.charts.noSelection : dict.charts.noData}
        >
          {null}
        </ChartFrame>
      ) : (
        spending.map((series) => <SpendingChart key={series.unit} series={series} name={name} />)
      )}
    </>
  );
}

/** Memoised: while the slider moves it re-renders only when its deferred inputs change. */
export const ChartsPanel = memo(ChartsPanelView);
