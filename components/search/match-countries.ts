/** `aliases`: other names it goes by in either language ("UK", "Britain", "بريطانيا"). */
export type SearchableCountry = { iso3: string; name: string; altName: string; aliases?: readonly string[] };

/** Folds case, Latin accents and Arabic vowel marks / letter variants so "cote", "Côte" and "كوت" match alike. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .trim();
}

/**
 * Countries whose name (in either language) or code matches the query: exact code first, then
 * names starting with it, then names containing it, each group alphabetical.
 */
export function matchCountries(countries: readonly SearchableCountry[], query: string, limit = 8): SearchableCountry[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const ranked: { country: SearchableCountry; rank: number }[] = [];
  for (const country of countries) {
    const names = [country.name, country.altName, ...(country.aliases ?? [])].map(foldForSearch);
    let rank = -1;
    if (country.iso3.toLowerCase() === q || names.includes(q)) rank = 0;
    else if (names.some((n) => n.startsWith(q) || n.split(/\s+/).some((word) => word.startsWith(q)))) rank = 1;
    else if (names.some((n) => n.includes(q))) rank = 2;
    if (rank >= 0) ranked.push({ country, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.country.name.localeCompare(b.country.name))
    .slice(0, limit)
    .map((r) => r.country);
}
