import { countryAliases, countryName } from '@/lib/i18n/country-names';
import type { Lang } from '@/lib/i18n/langs';
import { countryByIso3 } from '@/lib/geo/country-index';
import type { SearchableCountry } from '@/components/search/match-countries';

type NamedCountry = { iso3: string; en: string; ar: string };

export type CountryDirectory = {
  list: SearchableCountry[];
  name(iso3: string): string;
};

/** Names in the page language for every country on the map, the other language kept for search. */
export function buildDirectory(countries: readonly NamedCountry[], lang: Lang): CountryDirectory {
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  const byIso = new Map<string, SearchableCountry>();
  for (const c of countries) {
    // The map's own names (countryName's first choice), the data's for a code the map lacks.
    const mapNames = countryByIso3(c.iso3);
    byIso.set(c.iso3, {
      iso3: c.iso3,
      name: mapNames?.[lang] ?? c[lang],
      altName: mapNames?.[other] ?? c[other],
      aliases: countryAliases(c.iso3),
    });
  }
  const collator = new Intl.Collator(lang);
  return {
    list: [...byIso.values()].sort((a, b) => collator.compare(a.name, b.name)),
    name: (iso3) => byIso.get(iso3)?.name ?? countryName(iso3, lang),
  };
}
