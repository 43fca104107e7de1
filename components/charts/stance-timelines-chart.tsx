'use client';

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@/components/providers/i18n-provider';
import type { StanceTimeline } from '@/lib/charts/stance-timelines';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import { formatDate } from '@/lib/i18n/format';
import type { TimelineEvent } from '@/lib/schema/events';
import type { DateRange } from '@/lib/timeline/as-of';
import { addDays, daysBetween } from '@/lib/timeline/dates';
import { AS_OF_LINE, AXIS_TICK, CHART_STYLE, ChartFrame, tailDays } from './chart-frame';
import { eventLines, EventsText } from './event-lines';

type Props = {
  timelines: StanceTimeline[];
  range: DateRange;
  date: string;
  name: (iso3: string) => string;
  events?: readonly TimelineEvent[];
};

const segmentKey = (i: number) => `s${i}`;

/**
 * One horizontal bar per selected country, cut into its stance runs: an invisible offset bar up to
 * the first position, then one stacked piece per run, coloured by its stance.
 */
export function StanceTimelinesChart({ timelines, range, date, name, events = [] }: Props) {
  const { dict, lang, dir } = useI18n();
  const rtl = dir === 'rtl';
  const pieces = Math.max(0, ...timelines.map((t) => t.segments.length));
  const total = daysBetween(range.min, range.max);
  const tail = tailDays(total);
  const rows = timelines.map((t) => {
    const row: Record<string, number | string> = { name: name(t.iso3), offset: t.segments[0]?.startDay ?? 0 };
    t.segments.forEach((segment, i) => {
      // The run still in force at the end continues past it, so a stance taken on the last day shows.
      row[segmentKey(i)] = segment.days + (i === t.segments.length - 1 && segment.to === range.max ? tail : 0);
    });
    return row;
  });
  const dayLabel = (day: number) => formatDate(addDays(range.min, day), lang, 'short');
  const empty = timelines.length === 0 ? dict.charts.noSelection : null;

  return (
    <ChartFrame id="chart-stance-timelines" title={dict.charts.timelines} note={dict.charts.asOfNote} empty={empty}>
      <BarChart
        data={rows}
        layout="vertical"
        style={CHART_STYLE}
        responsive
        barCategoryGap={6}
        margin={{ top: 12, right: 16, left: 8, bottom: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, total + tail]}
          ticks={[0, 0.33, 0.67, 1].map((f) => Math.round(total * f))}
          reversed={rtl}
          tick={AXIS_TICK}
          tickFormatter={dayLabel}
        />
        <YAxis type="category" dataKey="name" orientation={rtl ? 'right' : 'left'} tick={AXIS_TICK} width={120} />
        <Tooltip
          formatter={(_value, key, item) => {
            const index = Number(String(key).slice(1));
            const timeline = timelines.find((t) => name(t.iso3) === (item.payload as { name: string }).name);
            const segment = timeline?.segments[index];
            if (!segment) return ['', ''];
            return [
              `${formatDate(segment.from, lang)} – ${formatDate(segment.to, lang)}`,
              dict.stances[segment.stance],
            ];
          }}
        />
        <Bar dataKey="offset" stackId="timeline" fill="transparent" tooltipType="none" isAnimationActive={false} />
        {Array.from({ length: pieces }, (_, i) => (
          <Bar key={segmentKey(i)} dataKey={segmentKey(i)} stackId="timeline" isAnimationActive={false}>
            {timelines.map((t) => {
              const segment = t.segments[i];
              return (
                <Cell
                  key={t.iso3}
                  fill={segment ? STANCE_COLORS[segment.stance] : 'transparent'}
                  fillOpacity={segment?.visible === false ? 0.25 : 1}
                />
              );
            })}
          </Bar>
        ))}
        {eventLines(events, (day) => daysBetween(range.min, day), lang)}
        <ReferenceLine x={daysBetween(range.min, date)} stroke={AS_OF_LINE} strokeWidth={2} />
      </BarChart>
      <EventsText events={events} lang={lang} label={dict.events.label} />
    </ChartFrame>
  );
}
