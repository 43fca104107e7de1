import type { PositionsPayload } from './payloads';
import { articlesStore, type ArticlesStore } from './articles-store';
import { dataHash, type DataHash } from './data-hash';
import { eventsStore, type EventsStore } from './events-store';
import { filterCountries, type PositionsFilter } from './positions-filter';
import { positionsStore, type PositionsStore } from './positions-store';
import { eventsProblem, type TimelineEvent } from '@/lib/schema/events';

export type PayloadSources = { positions: PositionsStore; articles: ArticlesStore; events?: EventsStore; hash?: DataHash };

const defaultSources: PayloadSources = {
  positions: positionsStore,
  articles: articlesStore,
  events: eventsStore,
  hash: dataHash,
};

type LoadedEvents = { events: TimelineEvent[]; version: string; problem?: string };

/**
 * The events are an extra: a missing or bad events file leaves the dashboard working without marks, and the
 * payload says why (`eventsUnavailable`) instead of failing every request.
 */
async function loadEvents(store: EventsStore | undefined, articleIds: ReadonlySet<string>): Promise<LoadedEvents> {
  if (!store) return { events: [], version: 'none' };
  try {
    const loaded = await store.load();
    const problem = eventsProblem(loaded.value, articleIds);
    if (problem) return { events: [], version: loaded.version, problem: `events file is invalid: ${problem}` };
    return { events: loaded.value, version: loaded.version };
  } catch (error) {
    return { events: [], version: 'unavailable', problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * What GET /api/positions answers, built straight from the stores so the server page can prefetch
 * it without an HTTP round trip to itself. `version` changes whenever any file does (for ETags).
 */
export async function loadPositionsPayload(
  filter: PositionsFilter = {},
  sources: PayloadSources = defaultSources,
): Promise<{ payload: PositionsPayload; version: string; unknownCountries: string[] }> {
  const [positions, articles, hash] = await Promise.all([
    sources.positions.load(),
    sources.articles.list(),
    sources.hash?.load() ?? Promise.resolve(null),
  ]);
  const events = await loadEvents(sources.events, new Set(articles.value.byId.keys()));
  const unknownCountries = (filter.country ?? []).filter((iso3) => !positions.value.byIso3.has(iso3));
  return {
    payload: {
      countries: filterCountries(positions.value.countries, filter),
      articles: articles.value.articles,
      generated: positions.modified.toISOString(),
      dataVersion: hash,
      events: events.events,
      ...(events.problem ? { eventsUnavailable: events.problem } : {}),
    },
    version: `${positions.version}|${articles.version}|${events.version}`,
    unknownCountries,
  };
}

/** The version of the published data (all files), without building a payload: what cached views are keyed on. */
export async function dataVersion(sources: PayloadSources = defaultSources): Promise<string> {
  const [positions, articles, events] = await Promise.all([
    sources.positions.load(),
    sources.articles.list(),
    sources.events?.load().then(
      (loaded) => loaded.version,
      () => 'unavailable',
    ) ?? 'none',
  ]);
  return `${positions.version}|${articles.version}|${events}`;
}
