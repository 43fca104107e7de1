'use client';

import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { formatDate } from '@/lib/i18n/format';
import { addDays, daysBetween } from '@/lib/timeline/dates';
import { nextStart, previousStart } from '@/lib/timeline/time-range';
import { dayAtPointer } from './pointer-day';
import type { HistoryMode } from '@/components/dashboard/use-share-state';

type Props = {
  /** The start of the compared range, before `end`. */
  from: string;
  end: string;
  min: string;
  /** Days on the track, minus one. */
  span: number;
  /** Change dates, sorted: the keyboard steps between them. */
  dates: readonly string[];
  track: RefObject<HTMLDivElement | null>;
  onChange: (from: string, mode: HistoryMode) => void;
};

/**
 * The second thumb of the timeline in range mode: the start of the comparison, an ARIA slider of its own. Arrow
 * keys step between change dates and it never passes the end thumb; a drag moves it by the day.
 */
export function RangeStartThumb({ from, end, min, span, dates, track, onChange }: Props) {
  const { dict, lang, dir } = useI18n();
  const dragging = useRef(false);
  const percent = (date: string) => (daysBetween(min, date) / span) * 100;
  const text = formatDate(from, lang);
  const latestStart = addDays(end, -1);

  function dateAtPointer(event: PointerEvent): string {
    const day = dayAtPointer(track.current, event.clientX, dir, span);
    if (day === null) return from;
    const date = addDays(min, day);
    return date < end ? date : latestStart < min ? min : latestStart;
  }

  function onKeyDown(event: KeyboardEvent) {
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const next: Record<string, () => string> = {
      [forward]: () => nextStart(from, end, dates),
      ArrowUp: () => nextStart(from, end, dates),
      [backward]: () => previousStart(from, dates, min),
      ArrowDown: () => previousStart(from, dates, min),
      Home: () => min,
      End: () => previousStart(end, dates, min),
    };
    const step = next[event.key];
    if (!step) return;
    event.preventDefault();
    event.stopPropagation();
    const date = step();
    if (date !== from) onChange(date, 'push');
  }

  return (
    <div
      id="timeline-start-thumb"
      className="timeline__thumb timeline__thumb--start"
      role="slider"
      tabIndex={0}
      aria-label={dict.compare.fromLabel}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={span}
      aria-valuenow={daysBetween(min, from)}
      aria-valuetext={text}
      aria-describedby="timeline-start-hint"
      title={text}
      style={{ insetInlineStart: `${percent(from)}%` }}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.stopPropagation();
        event.currentTarget.setPointerCapture(event.pointerId);
        event.currentTarget.focus();
        dragging.current = true;
      }}
      onPointerMove={(event) => {
        if (!dragging.current || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
        event.stopPropagation();
        const date = dateAtPointer(event);
        if (date !== from) onChange(date, 'replace');
      }}
      onPointerUp={() => {
        dragging.current = false;
      }}
    />
  );
}
