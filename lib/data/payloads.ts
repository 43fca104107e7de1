import type { ArticleMeta } from '@/lib/schema/articles';
import type { TimelineEvent } from '@/lib/schema/events';
import type { CountryProperties, Reason, SpendingKind, SpendingUnit } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';

/** JSON bodies of the API, shared by the route handlers, the server prefetch and the client fetchers. */

export type PositionsPayload = {
  /** Countries without geometry, sorted by iso3. */
  countries: CountryProperties[];
  /** Article metadata, oldest publication first. */
  articles: ArticleMeta[];
  /** When data/positions.geojson was last written (ISO 8601), so the UI can say how fresh it is. */
  generated: string | null;
  /**
   * The short content hash of the published data (data/positions.geojson and data/articles/index.json), the
   * version a citation names; null when it could not be computed.
   */
  dataVersion: string | null;
  /** Summits and meetings to mark on the timeline and the time charts (data/events.json), oldest first. */
  events: TimelineEvent[];
  /** Set when data/events.json could not be used: the data is served without events, and this says why. */
  eventsUnavailable?: string;
};

export type ArticlesPayload = { articles: ArticleMeta[] };

type MentionBase = {
  iso3: string;
  /** UTF-16 offsets into the article text: text === articleText.slice(start, end). */
  start: number;
  end: number;
  text: string;
  date: string;
};

/** A sentence of the article that is the evidence for a position or a spending figure. */
export type ArticleMention =
  | (MentionBase & { kind: 'position'; stance: Stance; reason: Reason | null })
  | (MentionBase & { kind: 'spending'; value: number; unit: SpendingUnit; spendingKind: SpendingKind; year: number | null });

export type ArticlePayload = {
  meta: ArticleMeta;
  text: string;
  /** Sorted by start offset. */
  mentions: ArticleMention[];
  /** Set when the positions file could not be read: the text is still served, without highlights. */
  mentionsUnavailable?: string;
};

export type ApiErrorBody = { error: string };
