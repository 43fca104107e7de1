import type { Stance } from '@/lib/schema/stance';
import { dateToMs } from '@/lib/timeline/dates';
import type { DateRange } from '@/lib/timeline/as-of';
import type { TimelineIndex } from '@/lib/timeline/timeline-index';
import { isStanceVisible, visibleStances } from '@/lib/filters/stance-filter';

export type StanceCountRow = { date: string; ms: number; total: number } & Record<Stance, number>;

/**
 * Countries per stance at the start of the range and on every date a position changes, for a
 * stacked step chart (recharts `type="stepAfter"`). Stances filtered out count 0 and are not in `total`.
 */
export function stanceCountsOverTime(
  index: TimelineIndex,
  range: DateRange,
  filter: readonly Stance[] = [],
): StanceCountRow[] {
  const dates = [
    ...new Set([range.min, ...index.positionDates.filter((d) => d > range.min && d <= range.max), range.max]),
  ];
  const shown = visibleStances(filter);
  return dates.map((date) => {
    const counts = index.countsAt(date);
    const row = { date, ms: dateToMs(date), total: 0 } as StanceCountRow;
    for (const [stance, count] of Object.entries(counts) as [Stance, number][]) {
      row[stance] = isStanceVisible(filter, stance) ? count : 0;
    }
    row.total = shown.reduce((sum, s) => sum + row[s], 0);
    return row;
  });
}
