'use client';

import { useRef, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { formatDate } from '@/lib/i18n/format';
import { addDays, daysBetween } from '@/lib/timeline/dates';
import { EventMarks } from './event-marks';
import { TimelineIcon } from './timeline-icons';
import { SPEEDS, type Speed, type TimelineController } from '@/lib/timeline/timeline-controller';
import type { HistoryMode } from '@/components/dashboard/use-share-state';
import { RangeStartThumb } from './range-start-thumb';
import { dayAtPointer } from './pointer-day';
import { previousStart } from '@/lib/timeline/time-range';

type Props = {
  controller: TimelineController;
  beginGesture: () => void;
  /** Range mode: the start of the comparison (null for one date) and how to set it. */
  compare?: { from: string | null; setFrom: (from: string | null, mode: HistoryMode) => void };
};

const PAGE_DAYS = 30;

/** Renders a TimelineController: an ARIA slider over days, with ticks at change dates and playback buttons. */
export function TimelineSlider({ controller, beginGesture, compare }: Props) {
  // The slider alone follows the controller synchronously; it is small enough to stay within a frame.
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  const { dict, lang, dir } = useI18n();
  const track = useRef<HTMLDivElement>(null);
  const { min, max, dates, current, dayIndex, dayCount, playing, speed } = snapshot;
  const span = Math.max(1, dayCount - 1);
  const percent = (date: string) => (daysBetween(min, date) / span) * 100;
  const currentText = formatDate(current, lang);
  const from = compare?.from && compare.from < current ? compare.from : null;
  const canCompare = compare !== undefined && current > min;

  const dayAt = (event: PointerEvent) => dayAtPointer(track.current, event.clientX, dir, span) ?? dayIndex;

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    controller.pause();
    beginGesture();
    controller.setDayIndex(dayAt(event));
    event.currentTarget.querySelector<HTMLElement>('[role="slider"]')?.focus();
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    controller.setDayIndex(dayAt(event));
  }

  function onKeyDown(event: KeyboardEvent) {
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const actions: Record<string, () => void> = {
      [forward]: () => controller.stepNext(),
      ArrowUp: () => controller.stepNext(),
      [backward]: () => controller.stepPrev(),
      ArrowDown: () => controller.stepPrev(),
      Home: () => controller.toStart(),
      End: () => controller.toEnd(),
      PageUp: () => controller.setDate(addDays(current, PAGE_DAYS), 'step'),
      PageDown: () => controller.setDate(addDays(current, -PAGE_DAYS), 'step'),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    controller.pause();
    action();
  }

  return (
    <section className="timeline" aria-label={dict.timeline.label}>
      <div className="timeline__header">
        <span className="timeline__label" id="timeline-label">
          {dict.timeline.label}
        </span>
        <output className="timeline__date" aria-live="off" htmlFor="timeline-thumb">
          {from ? dict.compare.range(formatDate(from, lang), currentText) : dict.timeline.asOf(currentText)}
        </output>
      </div>
      <div className="timeline__track" ref={track} onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
        <div className="timeline__rail" aria-hidden="true" />
        <div
          className="timeline__fill"
          aria-hidden="true"
          style={
            from
              ? { insetInlineStart: `${percent(from)}%`, inlineSize: `${percent(current) - percent(from)}%` }
              : { inlineSize: `${percent(current)}%` }
          }
        />
        {dates.map((date) => (
          <span
            key={date}
            className={date <= current ? 'timeline__tick timeline__tick--past' : 'timeline__tick'}
            style={{ insetInlineStart: `${percent(date)}%` }}
            title={formatDate(date, lang)}
            aria-hidden="true"
          />
        ))}
        <div
          id="timeline-thumb"
          className="timeline__thumb"
          role="slider"
          tabIndex={0}
          aria-labelledby={from ? undefined : 'timeline-label'}
          aria-label={from ? dict.compare.toLabel : undefined}
          aria-orientation="horizontal"
          aria-valuemin={0}
          aria-valuemax={span}
          aria-valuenow={dayIndex}
          aria-valuetext={currentText}
          aria-describedby="timeline-hint"
          style={{ insetInlineStart: `${percent(current)}%` }}
          onKeyDown={onKeyDown}
        />
        {from && compare ? (
          <RangeStartThumb
            from={from}
            end={current}
            min={min}
            span={span}
            dates={dates}
            track={track}
            onChange={compare.setFrom}
          />
        ) : null}
      </div>
      <EventMarks min={min} max={max} percent={percent} />
      <div className="timeline__ends" aria-hidden="true">
        <span>{formatDate(min, lang, 'short')}</span>
        <span>{formatDate(max, lang, 'short')}</span>
      </div>
      <p id="timeline-hint" className="visually-hidden">
        {dict.timeline.keyboardHint}
      </p>
      <p id="timeline-start-hint" className="visually-hidden">
        {dict.compare.keyboardHint}
      </p>
      <div className="timeline__controls">
        <button
          type="button"
          className="button button--icon"
          onClick={() => controller.toStart()}
          aria-label={dict.timeline.toStart}
          title={dict.timeline.toStart}
        >
          <TimelineIcon name="start" />
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={() => controller.stepPrev()}
          aria-label={dict.timeline.previous}
          title={dict.timeline.previous}
        >
          <TimelineIcon name="previous" />
        </button>
        <button
          type="button"
          className="button button--play"
          onClick={() => controller.togglePlay()}
          aria-pressed={playing}
        >
          {playing ? dict.timeline.pause : dict.timeline.play}
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={() => controller.stepNext()}
          aria-label={dict.timeline.next}
          title={dict.timeline.next}
        >
          <TimelineIcon name="next" />
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={() => controller.toEnd()}
          aria-label={dict.timeline.toEnd}
          title={dict.timeline.toEnd}
        >
          <TimelineIcon name="end" />
        </button>
        {compare ? (
          <button
            type="button"
            className="button timeline__compare"
            aria-pressed={from !== null}
            disabled={!canCompare && from === null}
            onClick={() => compare.setFrom(from ? null : previousStart(current, dates, min), 'push')}
          >
            {from ? dict.compare.stop : dict.compare.start}
          </button>
        ) : null}
        <label className="timeline__speed">
          {dict.timeline.speed}
          <select value={speed} onChange={(event) => controller.setSpeed(Number(event.target.value) as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {`${new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-arab' : 'en').format(s)}×`}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
