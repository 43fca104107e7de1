import type { PositionsCollection, Position, Spending } from '@/lib/schema/positions';
import type { CountryPosition, CountrySpending } from '../pipeline';

const byDateThenArticle = (a: { date: string; article: string }, b: { date: string; article: string }) =>
  a.date.localeCompare(b.date) || a.article.localeCompare(b.article);

/**
 * Stores positions and figures as attributes of the country features of the base map. Returns the countries the
 * extractor named that the map does not have, so the caller can report them.
 */
export function attachToCountries(
  base: PositionsCollection,
  positions: CountryPosition[],
  spending: CountrySpending[],
): { collection: PositionsCollection; unmapped: string[] } {
  const posBy = new Map<string, Position[]>();
  const spendBy = new Map<string, Spending[]>();
  for (const p of positions) posBy.set(p.iso3, [...(posBy.get(p.iso3) ?? []), p.position]);
  for (const s of spending) spendBy.set(s.iso3, [...(spendBy.get(s.iso3) ?? []), s.spending]);
  const known = new Set(base.features.map((f) => f.properties.iso3));
  const unmapped = [...new Set([...posBy.keys(), ...spendBy.keys()])].filter((iso3) => !known.has(iso3)).sort();
  const features = base.features.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      positions: [...(posBy.get(f.properties.iso3) ?? [])].sort(byDateThenArticle),
      spending: [...(spendBy.get(f.properties.iso3) ?? [])].sort(byDateThenArticle),
    },
  }));
  return { collection: { type: 'FeatureCollection', features }, unmapped };
}

/** One feature per line: stable bytes for --check and readable diffs. */
export function serializeCollection(collection: PositionsCollection): string {
  return `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
