import { loadPositionsPayload } from '@/lib/data/positions-payload';
import { deriveChanges, type StanceChange } from './derive';

export type LoadedChanges = {
  changes: StanceChange[];
  /** Countries (ISO3) that have at least one change, for the filter's choices. */
  countries: string[];
  /** When the positions file was written (ISO 8601). */
  generated: string | null;
  /** Changes whenever the data does: for ETags. */
  version: string;
};

/** Server only: every change of the published data (the filter is applied by the caller). */
export async function loadChanges(): Promise<LoadedChanges> {
  const { payload, version } = await loadPositionsPayload();
  const changes = deriveChanges(payload.countries);
  return {
    changes,
    countries: [...new Set(changes.map((c) => c.iso3))].sort(),
    generated: payload.generated,
    version,
  };
}
