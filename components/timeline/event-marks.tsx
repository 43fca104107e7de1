'use client';

import { useEffect, useState } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { estimateLabelWidth, eventsWithin, placeLabels } from '@/lib/events/mark-layout';
import { formatDate } from '@/lib/i18n/format';
import { usePositions } from '@/lib/queries/positions';

const LABEL_PX = 12;
const LANE_PX = 18;
/** How far a stem reaches up into the track above the list: to just under the rail. */
const STEM_INTO_TRACK_PX = 18;
/** Before the first measurement: about a desktop track, so the server and the first paint agree. */
const DEFAULT_WIDTH = 700;

type Props = {
  /** The slider's ends. */
  min: string;
  max: string;
  /** The slider's date → position mapping, in % of the track from its start edge. */
  percent: (date: string) => number;
};

function useWidth(node: HTMLElement | null): number {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    if (!node) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return width;
}

/**
 * Summits and meetings (data/events.json) as labelled marks under the slider's track, at the slider's own positions.
 * A list with each event's date and label for screen readers; nothing here takes focus or catches the pointer
 * over the track, so the slider keeps both.
 */
export function EventMarks({ min, max, percent }: Props) {
  const { dict, lang } = useI18n();
  const events = eventsWithin(usePositions().data?.events ?? [], min, max);
  const [root, setRoot] = useState<HTMLUListElement | null>(null);
  const width = useWidth(root);
  if (events.length === 0) return null;
  const placed = placeLabels(
    events.map((e) => ({ at: (percent(e.date) / 100) * width, width: estimateLabelWidth(e.label[lang], LABEL_PX) })),
    width,
  );
  const lanes = Math.max(...placed.map((p) => p.lane)) + 1;
  return (
    <ul ref={setRoot} className="event-marks" aria-label={dict.events.label} style={{ blockSize: lanes * LANE_PX + 4 }}>
      {events.map((event, i) => {
        const { lane, align } = placed[i] ?? { lane: 0, align: 'start' };
        const at = percent(event.date);
        const date = formatDate(event.date, lang);
        return (
          <li
            key={`${event.date} ${event.label.en}`}
            className={`event-marks__item event-marks__item--${align}`}
            style={{
              insetBlockStart: lane * LANE_PX + 4,
              ...(align === 'start' ? { insetInlineStart: `${at}%` } : { insetInlineEnd: `${100 - at}%` }),
            }}
            title={dict.events.mark(date, event.label[lang])}
            data-date={event.date}
          >
            <span
              className="event-marks__stem"
              aria-hidden="true"
              style={{ blockSize: lane * LANE_PX + 4 + STEM_INTO_TRACK_PX }}
            />
            <span className="visually-hidden">{dict.events.mark(date, '')}</span>
            <span className="event-marks__label">{event.label[lang]}</span>
          </li>
        );
      })}
    </ul>
  );
}
