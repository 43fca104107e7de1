import type { PositionsPayload } from './payloads';
import { articlesStore, type ArticlesStore } from './articles-store';
import { filterCountries, type PositionsFilter } from './positions-filter';
import { positionsStore, type PositionsStore } from './positions-store';

export type PayloadSources = { positions: PositionsStore; articles: ArticlesStore };

const defaultSources: PayloadSources = { positions: positionsStore, articles: articlesStore };

/**
 * What GET /api/positions answers, built straight from the stores so the server page can prefetch
 * it without an HTTP round trip to itself. `version` changes whenever either file does (for ETags).
 */
export async function loadPositionsPayload(
  filter: PositionsFilter = {},
  sources: PayloadSources = defaultSources,
): Promise<{ payload: PositionsPayload; version: string; unknownCountries: string[] }> {
  const [positions, articles] = await Promise.all([sources.positions.load(), sources.articles.list()]);
  const unknownCountries = (filter.country ?? []).filter((iso3) => !positions.value.byIso3.has(iso3));
  return {
    payload: {
      countries: filterCountries(positions.value.countries, filter),
      articles: articles.value.articles,
      generated: positions.modified.toISOString(),
    },
    version: `${positions.version}|${articles.version}`,
    unknownCountries,
  };
}

/** The version of the published data (both files), without building a payload: what cached views are keyed on. */
export async function dataVersion(sources: PayloadSources = defaultSources): Promise<string> {
  const [positions, articles] = await Promise.all([sources.positions.load(), sources.articles.list()]);
  return `${positions.version}|${articles.version}`;
}
