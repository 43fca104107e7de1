import type { ArticleMeta } from '@/lib/schema/articles';
import type { CountryProperties } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import { countrySteps, stepAt, type AsOf, type Step } from './steps';

export { comparePositionsSameDate, countrySteps, stepAt, type AsOf, type Step } from './steps';
export { latestSpending, MAP_SPENDING_KINDS } from './spending';
export { buildTimelineIndex, type TimelineIndex } from './timeline-index';

const toAsOf = ({ stance, since, position }: Step): AsOf => ({ stance, since, position });

/** Each country's latest position dated on or before `date` (null = latest of all). Countries without one are absent. */
export function asOfPositions(countries: readonly CountryProperties[], date: string | null): Map<string, AsOf> {
  const out = new Map<string, AsOf>();
  for (const c of countries) {
    const step = stepAt(countrySteps(c), date);
    if (step) out.set(c.iso3, toAsOf(step));
  }
  return out;
}

/** Sorted unique dates on which some country's as-of stance changes, its first recorded stance included. */
export function changeDates(countries: readonly CountryProperties[]): string[] {
  const dates = new Set<string>();
  for (const c of countries) {
    let previous: Stance | undefined;
    for (const step of countrySteps(c)) {
      if (step.stance !== previous) dates.add(step.date);
      previous = step.stance;
    }
  }
  return [...dates].sort();
}

export type DateRange = { min: string; max: string };

/** First and last article publication date, or first and last dated fact of the countries; null when empty. */
export function dateRange(items: readonly ArticleMeta[] | readonly CountryProperties[]): DateRange | null {
  const dates: string[] = [];
  for (const item of items) {
    if ('published' in item) dates.push(item.published);
    else for (const fact of [...item.positions, ...item.spending]) dates.push(fact.date);
  }
  if (dates.length === 0) return null;
  dates.sort();
  return { min: dates[0] as string, max: dates.at(-1) as string };
}
