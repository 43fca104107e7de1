import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { positionsCollectionSchema, type CountryProperties } from '@/lib/schema/positions';
import { DataUnavailableError, fsProblem } from './data-unavailable-error';
import { mtimeCache, type Versioned } from './mtime-cache';
import { summarizeIssues } from './zod-summary';

/** The positions file as the server keeps it: the countries, and an index by code. */
export type StoredPositions = {
  /** Feature properties only, sorted by iso3: the browser never needs the 3.9 MB of geometry. */
  countries: CountryProperties[];
  byIso3: ReadonlyMap<string, CountryProperties>;
};

const RESOURCE = 'positions data';

export function defaultPositionsFile(): string {
  return process.env.POSITIONS_FILE ?? path.join(process.cwd(), 'data', 'positions.geojson');
}

async function decodePositions(file: string): Promise<StoredPositions> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DataUnavailableError(RESOURCE, fsProblem(error), `cannot read ${path.basename(file)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataUnavailableError(RESOURCE, 'corrupt', `${path.basename(file)} is not JSON (${(error as Error).message})`);
  }
  const parsed = positionsCollectionSchema.safeParse(json);
  if (!parsed.success) {
    throw new DataUnavailableError(RESOURCE, 'invalid', summarizeIssues(parsed.error));
  }
  const countries = parsed.data.features.map((f) => f.properties).sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
  const duplicate = countries.find((c, i) => countries[i - 1]?.iso3 === c.iso3);
  if (duplicate) throw new DataUnavailableError(RESOURCE, 'invalid', `country ${duplicate.iso3} appears twice`);
  return { countries, byIso3: new Map(countries.map((c) => [c.iso3, c])) };
}

export type PositionsStore = { load(): Promise<Versioned<StoredPositions>> };

/** Server only. `file` is resolved on every load, so the path may come from the environment. */
export function createPositionsStore(file: () => string = defaultPositionsFile): PositionsStore {
  return { load: mtimeCache(RESOURCE, file, decodePositions) };
}

export const positionsStore: PositionsStore = createPositionsStore();
