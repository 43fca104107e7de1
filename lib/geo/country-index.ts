import generated from './countries.generated.json';

/** One map country, without geometry: enough to label, search and link by code. */
export interface CountryIndexEntry {
  iso3: string;
  en: string;
  ar: string;
}

/** Every country on the map, sorted by iso3 (written by `npm run geo`). */
export const COUNTRY_INDEX: readonly CountryIndexEntry[] = generated;

const byIso3 = new Map(COUNTRY_INDEX.map((entry) => [entry.iso3, entry]));

export function countryByIso3(iso3: string): CountryIndexEntry | undefined {
  return byIso3.get(iso3.toUpperCase());
}

export function isMapCountry(iso3: string): boolean {
  return byIso3.has(iso3.toUpperCase());
}
