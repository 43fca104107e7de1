'use client';

import { ReferenceLine, usePlotArea, useXAxisScale } from 'recharts';
import { spreadLabels } from '@/lib/events/mark-layout';
import { formatDate } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/langs';
import type { TimelineEvent } from '@/lib/schema/events';

export const EVENT_LINE = '#5b6570';
const LABEL_PX = 10;
/** Room a vertical label takes across the axis, and how far its glyphs sit from its line. */
const LABEL_BAND = LABEL_PX + 3;
const LABEL_OFFSET = 7;

type LabelProps = { index: number; values: readonly number[]; texts: readonly string[] };

/**
 * One event's label, written up its line from the top of the plot (so it never needs more width than a line of
 * text is high), beside the line; labels of lines closer than that are spread apart. Rendered inside the chart:
 * Recharts clones it for the line, and the hooks give the axis scale and plot area.
 */
function EventLabel({ index, values, texts }: LabelProps) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const xs = values.map((v) => Number(scale(v)));
  const at = spreadLabels(
    xs.map((x) => x + LABEL_OFFSET),
    LABEL_BAND,
    plot.x + LABEL_BAND / 2,
    plot.x + plot.width - LABEL_BAND / 2,
  )[index];
  if (at === undefined || !Number.isFinite(at)) return null;
  const top = plot.y + 4;
  return (
    <text
      x={at}
      y={top}
      transform={`rotate(-90 ${at} ${top})`}
      textAnchor="end"
      dominantBaseline="central"
      fontSize={LABEL_PX}
      fill="#3b444d"
      stroke="#ffffff"
      strokeWidth={3}
      paintOrder="stroke"
      aria-hidden="true"
    >
      {texts[index]}
    </text>
  );
}

/**
 * The events as dashed reference lines, each labelled in the page's language; `x` maps a date to the chart's x value.
 * A function, not a component: Recharts takes its reference lines as the chart's own children.
 */
export function eventLines(events: readonly TimelineEvent[], x: (date: string) => number, lang: Lang) {
  const values = events.map((e) => x(e.date));
  const texts = events.map((e) => e.label[lang]);
  return events.map((event, index) => (
    <ReferenceLine
      key={`event ${event.date} ${event.label.en}`}
      x={values[index]}
      stroke={EVENT_LINE}
      strokeDasharray="4 3"
      label={<EventLabel index={index} values={values} texts={texts} />}
    />
  ));
}

/** The events as text beside the chart, for screen readers: the lines and labels inside the SVG are drawn only. */
export function EventsText({ events, lang, label }: { events: readonly TimelineEvent[]; lang: Lang; label: string }) {
  if (events.length === 0) return null;
  return (
    <ul className="visually-hidden" aria-label={label}>
      {events.map((e) => (
        <li key={`${e.date} ${e.label.en}`}>{`${formatDate(e.date, lang)}: ${e.label[lang]}`}</li>
      ))}
    </ul>
  );
}
