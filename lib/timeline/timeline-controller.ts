import { addDays, clampDate, daysBetween, isIsoDate } from './dates';

/** The two timer functions the controller needs, so tests can drive playback by hand. */
export type Scheduler = {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
/** Time a played step stays on screen at 1×: long enough to read the legend counts change. */
export const BASE_STEP_MS = 1200;

export type TimelineChangeReason = 'set' | 'step' | 'play' | 'data';

export type TimelineSnapshot = {
  readonly current: string;
  readonly min: string;
  readonly max: string;
  /** Sorted dates where something changes, within [min, max]. */
  readonly dates: readonly string[];
  readonly playing: boolean;
  readonly speed: Speed;
  /** Days from min to current, for the slider's value. */
  readonly dayIndex: number;
  readonly dayCount: number;
  readonly reason: TimelineChangeReason;
};

export type TimelineOptions = {
  dates: readonly string[];
  min: string;
  max: string;
  /** Initial date; null or absent means the end (latest). */
  current?: string | null;
  speed?: Speed;
  scheduler?: Scheduler;
};

const realScheduler: Scheduler = {
  setTimeout: (cb, ms) => globalThis.setTimeout(cb, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Listener = (snapshot: TimelineSnapshot) => void;

/**
 * Headless state of the timeline slider: the as-of date, stepping between change dates and playback.
 * Snapshots are immutable and only replaced on change, so it plugs into useSyncExternalStore.
 */
export class TimelineController {
  private snapshot: TimelineSnapshot;
  private stops: string[] = [];
  private readonly scheduler: Scheduler;
  private readonly listeners = new Set<Listener>();
  private timer: unknown = null;

  constructor(options: TimelineOptions) {
    this.scheduler = options.scheduler ?? realScheduler;
    const { min, max } = options.min <= options.max ? options : { min: options.max, max: options.min };
    this.snapshot = this.build({ min, max, dates: options.dates, current: options.current ?? null }, 'data', {
      playing: false,
      speed: options.speed ?? 1,
    });
  }

  getSnapshot = (): TimelineSnapshot => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get current(): string {
    return this.snapshot.current;
  }

  /** The value for the URL's `time`: null at the end, because "latest" should follow new data. */
  get urlTime(): string | null {
    return this.snapshot.current === this.snapshot.max ? null : this.snapshot.current;
  }

  /** Moves to a date, clamped into range. Ignores anything that is not a calendar date. */
  setDate(date: string | null, reason: TimelineChangeReason = 'set'): void {
    if (date !== null && !isIsoDate(date)) return;
    const { min, max } = this.snapshot;
    this.update({ current: date === null ? max : clampDate(date, min, max) }, reason);
  }

  setDayIndex(index: number): void {
    if (!Number.isFinite(index)) return;
    this.setDate(addDays(this.snapshot.min, Math.round(index)));
  }

  stepNext(): void {
    const next = this.stops.find((d) => d > this.snapshot.current);
    if (next) this.update({ current: next }, 'step');
  }

  stepPrev(): void {
    const previous = this.stops.findLast((d) => d < this.snapshot.current);
    if (previous) this.update({ current: previous }, 'step');
  }

  toStart(): void {
    this.update({ current: this.snapshot.min }, 'step');
  }

  toEnd(): void {
    this.update({ current: this.snapshot.max }, 'step');
  }

  /** Plays through the change dates; from the end it starts over from the beginning. */
  play(): void {
    if (this.snapshot.playing) return;
    const current = this.snapshot.current === this.snapshot.max ? this.snapshot.min : this.snapshot.current;
    this.update({ current, playing: true }, 'play');
    this.schedule();
  }

  pause(): void {
    this.cancel();
    if (this.snapshot.playing) this.update({ playing: false }, 'play');
  }

  togglePlay(): void {
    if (this.snapshot.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: Speed): void {
    if (!(SPEEDS as readonly number[]).includes(speed) || speed === this.snapshot.speed) return;
    this.update({ speed }, 'play');
    if (this.snapshot.playing) {
      this.cancel();
      this.schedule();
    }
  }

  /** New data (e.g. after a refetch): keeps the current date if it is still in range. */
  setData(data: { dates: readonly string[]; min: string; max: string }): void {
    const wasLatest = this.snapshot.current === this.snapshot.max;
    this.snapshot = this.build({ ...data, current: wasLatest ? null : this.snapshot.current }, 'data', {
      playing: this.snapshot.playing,
      speed: this.snapshot.speed,
    });
    this.emit();
  }

  dispose(): void {
    this.cancel();
    this.listeners.clear();
  }

  private build(
    data: { dates: readonly string[]; min: string; max: string; current: string | null },
    reason: TimelineChangeReason,
    play: { playing: boolean; speed: Speed },
  ): TimelineSnapshot {
    const { min, max } = data;
    const dates = [...new Set(data.dates)].filter((d) => d >= min && d <= max).sort();
    this.stops = [...new Set([min, ...dates, max])];
    const current = data.current !== null && isIsoDate(data.current) ? clampDate(data.current, min, max) : max;
    return {
      current,
      min,
      max,
      dates,
      ...play,
      dayIndex: daysBetween(min, current),
      dayCount: daysBetween(min, max) + 1,
      reason,
    };
  }

  private update(
    patch: Partial<Pick<TimelineSnapshot, 'current' | 'playing' | 'speed'>>,
    reason: TimelineChangeReason,
  ) {
    const prev = this.snapshot;
    const next = { ...prev, ...patch, reason };
    if (next.current === prev.current && next.playing === prev.playing && next.speed === prev.speed) return;
    this.snapshot = { ...next, dayIndex: daysBetween(next.min, next.current) };
    this.emit();
  }

  private emit() {
    for (const listener of [...this.listeners]) listener(this.snapshot);
  }

  private schedule() {
    this.timer = this.scheduler.setTimeout(() => this.tick(), BASE_STEP_MS / this.snapshot.speed);
  }

  private cancel() {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
  }

  private tick() {
    this.timer = null;
    const next = this.stops.find((d) => d > this.snapshot.current);
    if (!next) {
      this.update({ playing: false }, 'play');
      return;
    }
    const atEnd = next === this.snapshot.max;
    this.update({ current: next, playing: !atEnd }, 'play');
    if (!atEnd) this.schedule();
  }
}
