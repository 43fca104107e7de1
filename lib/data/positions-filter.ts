import { isStanceVisible } from '@/lib/filters/stance-filter';
import type { CountryProperties } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import { asOfPositions } from '@/lib/timeline/as-of';

export type PositionsFilter = {
  /** Only these countries, in the data's order; undefined = all. */
  country?: readonly string[];
  /** Only facts dated on or before this day; undefined = all. */
  date?: string;
  /** Only countries whose position as of `date` (or the latest) has one of these stances; undefined = all. */
  stance?: readonly Stance[];
};

export function filterCountries(countries: readonly CountryProperties[], filter: PositionsFilter): CountryProperties[] {
  const wanted = filter.country ? new Set(filter.country) : null;
  const date = filter.date;
  const stances = filter.stance ?? [];
  const chosen = countries.filter((c) => !wanted || wanted.has(c.iso3));
  const asOf = stances.length > 0 ? asOfPositions(chosen, date ?? null) : null;
  return chosen
    .filter((c) => !asOf || isStanceVisible(stances, asOf.get(c.iso3)?.stance))
    .map((c) =>
      date === undefined
        ? c
        : { ...c, positions: c.positions.filter((p) => p.date <= date), spending: c.spending.filter((s) => s.date <= date) },
    );
}
