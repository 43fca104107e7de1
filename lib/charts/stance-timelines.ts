import type { Position } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import { daysBetween } from '@/lib/timeline/dates';
import type { DateRange } from '@/lib/timeline/as-of';
import type { TimelineIndex } from '@/lib/timeline/timeline-index';
import { isStanceVisible } from '@/lib/filters/stance-filter';

export type TimelineSegment = {
  stance: Stance;
  /** First day of the segment, clipped to the range. */
  from: string;
  /** Day the next segment starts, or the end of the range (exclusive, except at the range's end). */
  to: string;
  /** Days from the range start, for a numeric axis. */
  startDay: number;
  days: number;
  /** The position that opened this run of the stance. */
  position: Position;
  /** False when the stance is filtered out: draw it muted rather than leave a misleading gap. */
  visible: boolean;
};

export type StanceTimeline = { iso3: string; segments: TimelineSegment[] };

/** Each selected country's stance as consecutive segments across the range, in selection order. */
export function stanceTimelines(
  index: TimelineIndex,
  selected: readonly string[],
  range: DateRange,
  filter: readonly Stance[] = [],
): StanceTimeline[] {
  return selected.map((iso3) => {
    const runs = index.steps(iso3).filter((step, i, all) => i === 0 || all[i - 1]?.stance !== step.stance);
    const segments: TimelineSegment[] = [];
    runs.forEach((run, i) => {
      const next = runs[i + 1]?.date ?? range.max;
      const from = run.date < range.min ? range.min : run.date;
      const to = next > range.max ? range.max : next;
      if (from > range.max || to < range.min || (to === from && next !== range.max)) return;
      segments.push({
        stance: run.stance,
        from,
        to,
        startDay: daysBetween(range.min, from),
        days: daysBetween(from, to),
        position: run.position,
        visible: isStanceVisible(filter, run.stance),
      });
    });
    return { iso3, segments };
  });
}
