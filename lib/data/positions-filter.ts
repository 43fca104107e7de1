import type { CountryProperties } from '@/lib/schema/positions';

export type PositionsFilter = {
  /** Only these countries, in the data's order; undefined = all. */
  country?: readonly string[];
  /** Only facts dated on or before this day; undefined = all. */
  date?: string;
};

export function filterCountries(countries: readonly CountryProperties[], filter: PositionsFilter): CountryProperties[] {
  const wanted = filter.country ? new Set(filter.country) : null;
  const date = filter.date;
  return countries
    .filter((c) => !wanted || wanted.has(c.iso3))
    .map((c) =>
      date === undefined
        ? c
        : { ...c, positions: c.positions.filter((p) => p.date <= date), spending: c.spending.filter((s) => s.date <= date) },
    );
}
