import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eventsFileSchema, type TimelineEvent } from '@/lib/schema/events';
import { DataUnavailableError, fsProblem } from './data-unavailable-error';
import { mtimeCache, type Versioned } from './mtime-cache';
import { summarizeIssues } from './zod-summary';

const RESOURCE = 'events file';

export function defaultEventsFile(): string {
  return process.env.EVENTS_FILE ?? path.join(process.cwd(), 'data', 'events.json');
}

/** Reads and validates data/events.json; the events come back oldest first. */
export async function decodeEvents(file: string): Promise<TimelineEvent[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new DataUnavailableError(RESOURCE, 'corrupt', `${path.basename(file)} is not JSON (${error.message})`);
    }
    throw new DataUnavailableError(RESOURCE, fsProblem(error), `cannot read ${path.basename(file)}`);
  }
  const parsed = eventsFileSchema.safeParse(json);
  if (!parsed.success) throw new DataUnavailableError(RESOURCE, 'invalid', summarizeIssues(parsed.error));
  return [...parsed.data].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export type EventsStore = { load(): Promise<Versioned<TimelineEvent[]>> };

/** Server only. Like the other stores, the file is read once per version (mtime + size). */
export function createEventsStore(file: () => string = defaultEventsFile): EventsStore {
  return { load: mtimeCache(RESOURCE, file, decodeEvents) };
}

export const eventsStore: EventsStore = createEventsStore();
