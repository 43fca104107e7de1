import { describe, expect, it } from 'vitest';
import { BASE_STEP_MS, TimelineController, type Scheduler } from './timeline-controller';

/** A clock that only moves when the test says so. */
function manualScheduler() {
  let pending: { callback: () => void; ms: number; id: number } | null = null;
  let nextId = 1;
  const scheduler: Scheduler = {
    setTimeout(callback, ms) {
      pending = { callback, ms, id: nextId++ };
      return pending.id;
    },
    clearTimeout(id) {
      if (pending?.id === id) pending = null;
    },
  };
  return {
    scheduler,
    get delay() {
      return pending?.ms ?? null;
    },
    fire() {
      const task = pending;
      pending = null;
      task?.callback();
    },
  };
}

const dates = ['2025-02-17', '2025-03-02', '2025-04-10'];
const make = (current: string | null = null, clock = manualScheduler()) =>
  new TimelineController({ dates, min: '2025-02-12', max: '2025-09-04', current, scheduler: clock.scheduler });

describe('the timeline controller', () => {
  it('starts at the latest date when no date is given', () => {
    expect(make().current).toBe('2025-09-04');
    expect(make().urlTime).toBeNull();
  });

  it('starts at the given date', () => {
    expect(make('2025-03-01').current).toBe('2025-03-01');
  });

  it('clamps a start date outside the range', () => {
    expect(make('2020-01-01').current).toBe('2025-02-12');
  });

  it('steps forward to the next change date', () => {
    const t = make('2025-02-20');
    t.stepNext();
    expect(t.current).toBe('2025-03-02');
  });

  it('steps back to the previous change date', () => {
    const t = make('2025-03-10');
    t.stepPrev();
    expect(t.current).toBe('2025-03-02');
  });

  it('steps from the last change date to the end of the range, and no further', () => {
    const t = make('2025-04-10');
    t.stepNext();
    expect(t.current).toBe('2025-09-04');
    t.stepNext();
    expect(t.current).toBe('2025-09-04');
  });

  it('steps from the first change date back to the start of the range, and no further', () => {
    const t = make('2025-02-17');
    t.stepPrev();
    expect(t.current).toBe('2025-02-12');
    t.stepPrev();
    expect(t.current).toBe('2025-02-12');
  });

  it('jumps to either end', () => {
    const t = make('2025-03-10');
    t.toStart();
    expect(t.current).toBe('2025-02-12');
    t.toEnd();
    expect(t.current).toBe('2025-09-04');
  });

  it('clamps a date set out of range and ignores garbage', () => {
    const t = make('2025-03-10');
    t.setDate('2030-01-01');
    expect(t.current).toBe('2025-09-04');
    t.setDate('banana');
    expect(t.current).toBe('2025-09-04');
  });

  it('converts between the slider day index and the date', () => {
    const t = make('2025-02-13');
    expect(t.getSnapshot().dayIndex).toBe(1);
    expect(t.getSnapshot().dayCount).toBe(205);
    t.setDayIndex(18);
    expect(t.current).toBe('2025-03-02');
  });

  it('tells listeners about each change, once, with the reason', () => {
    const t = make('2025-03-10');
    const seen: string[] = [];
    t.subscribe((s) => seen.push(`${s.reason}:${s.current}`));
    t.stepNext();
    t.setDate('2025-04-10');
    t.setDate('2025-05-01');
    expect(seen).toEqual(['step:2025-04-10', 'set:2025-05-01']);
  });

  it('keeps the same snapshot object while nothing changes', () => {
    const t = make('2025-03-10');
    const before = t.getSnapshot();
    t.setDate('2025-03-10');
    expect(t.getSnapshot()).toBe(before);
  });

  it('stops telling a listener after it unsubscribes', () => {
    const t = make('2025-03-10');
    let calls = 0;
    const unsubscribe = t.subscribe(() => calls++);
    unsubscribe();
    t.toEnd();
    expect(calls).toBe(0);
  });
});

describe('playing the timeline', () => {
  it('advances one change date per tick and stops at the end', () => {
    const clock = manualScheduler();
    const t = make('2025-02-12', clock);
    t.play();
    const visited: string[] = [];
    while (t.getSnapshot().playing) {
      clock.fire();
      visited.push(t.current);
    }
    expect(visited).toEqual([...dates, '2025-09-04']);
    expect(clock.delay).toBeNull();
  });

  it('starts over from the beginning when played at the end', () => {
    const t = make();
    t.play();
    expect(t.current).toBe('2025-02-12');
    expect(t.getSnapshot().playing).toBe(true);
  });

  it('stops advancing when paused', () => {
    const clock = manualScheduler();
    const t = make('2025-02-12', clock);
    t.play();
    t.pause();
    clock.fire();
    expect(t.current).toBe('2025-02-12');
    expect(t.getSnapshot().playing).toBe(false);
  });

  it('waits half as long per step at double speed', () => {
    const clock = manualScheduler();
    const t = make('2025-02-12', clock);
    t.play();
    expect(clock.delay).toBe(BASE_STEP_MS);
    t.setSpeed(2);
    expect(clock.delay).toBe(BASE_STEP_MS / 2);
  });

  it('keeps a date chosen by the user while data reloads, but follows "latest" to the new end', () => {
    const pinned = make('2025-03-10');
    pinned.setData({ dates, min: '2025-02-12', max: '2025-10-01' });
    expect(pinned.current).toBe('2025-03-10');
    const latest = make();
    latest.setData({ dates, min: '2025-02-12', max: '2025-10-01' });
    expect(latest.current).toBe('2025-10-01');
  });
});
