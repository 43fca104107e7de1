import type { CountryProperties, Position } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import { countrySteps } from '@/lib/timeline/steps';

/** One change of a country's stance: the first recorded stance is a change from nothing (`from: null`). */
export type StanceChange = {
  /** Stable across data updates that do not touch this change: country, date, article and new stance. */
  key: string;
  iso3: string;
  date: string;
  from: Stance | null;
  to: Stance;
  /** The position that made the change: its reason, Arabic evidence and article. */
  position: Position;
};

export function changeKey(iso3: string, date: string, article: string, stance: Stance): string {
  return `${iso3}/${date}/${article}/${stance}`;
}

/**
 * A country's changes: its stance steps (lib/timeline/steps, which settles same-date ties and keeps a mere
 * "participating" from replacing a stronger stance) where the stance differs from the step before.
 */
export function countryChanges(country: CountryProperties): StanceChange[] {
  const changes: StanceChange[] = [];
  let previous: Stance | null = null;
  for (const step of countrySteps(country)) {
    if (step.stance !== previous) {
      changes.push({
        key: changeKey(country.iso3, step.date, step.position.article, step.stance),
        iso3: country.iso3,
        date: step.date,
        from: previous,
        to: step.stance,
        position: step.position,
      });
    }
    previous = step.stance;
  }
  return changes;
}

/** Every change of every country, newest first; one date's changes by country code. */
export function deriveChanges(countries: readonly CountryProperties[]): StanceChange[] {
  return countries
    .flatMap(countryChanges)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}
