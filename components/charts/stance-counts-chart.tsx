'use client';

import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@/components/providers/i18n-provider';
import type { StanceCountRow } from '@/lib/charts/stance-counts-over-time';
import { visibleStances } from '@/lib/filters/stance-filter';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { TimelineEvent } from '@/lib/schema/events';
import type { Stance } from '@/lib/schema/stance';
import { dateToMs, daysBetween, msToDate } from '@/lib/timeline/dates';
import { AS_OF_LINE, AXIS_TICK, CHART_STYLE, ChartFrame, tailDays } from './chart-frame';
import { eventLines, EventsText } from './event-lines';

const DAY_MS = 86_400_000;

type Props = { rows: StanceCountRow[]; date: string; filter: readonly Stance[]; events?: readonly TimelineEvent[] };

export function StanceCountsChart({ rows, date, filter, events = [] }: Props) {
  const { dict, lang, dir } = useI18n();
  const rtl = dir === 'rtl';
  const shown = visibleStances(filter);
  const last = rows.at(-1);
  const first = rows[0];
  // The last row repeated a few days on, so the stances of the final date get a visible step.
  const data =
    last && first ? [...rows, { ...last, ms: last.ms + tailDays(daysBetween(first.date, last.date)) * DAY_MS }] : rows;
  return (
    <ChartFrame
      id="chart-stance-counts"
      title={dict.charts.stanceOverTime}
      note={dict.charts.asOfNote}
      empty={rows.length === 0 ? dict.charts.noData : null}
    >
      <AreaChart data={data} style={CHART_STYLE} responsive margin={{ top: 12, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="ms"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={rows.map((row) => row.ms)}
          reversed={rtl}
          tick={AXIS_TICK}
          tickFormatter={(ms: number) => formatDate(msToDate(ms), lang, 'short')}
        />
        <YAxis
          allowDecimals={false}
          orientation={rtl ? 'right' : 'left'}
          tick={AXIS_TICK}
          width={36}
          tickFormatter={(n: number) => formatNumber(n, lang)}
        />
        <Tooltip
          labelFormatter={(ms) => formatDate(msToDate(Number(ms)), lang)}
          formatter={(value, key) => [formatNumber(Number(value), lang), dict.stances[key as Stance] ?? String(key)]}
        />
        {shown.map((stance) => (
          <Area
            key={stance}
            type="stepAfter"
            dataKey={stance}
            stackId="stances"
            stroke={STANCE_COLORS[stance]}
            fill={STANCE_COLORS[stance]}
            fillOpacity={0.85}
            isAnimationActive={false}
          />
        ))}
        {eventLines(events, dateToMs, lang)}
        <ReferenceLine x={dateToMs(date)} stroke={AS_OF_LINE} strokeWidth={2} />
      </AreaChart>
      <EventsText events={events} lang={lang} label={dict.events.label} />
    </ChartFrame>
  );
}
