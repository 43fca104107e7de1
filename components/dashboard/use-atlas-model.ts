'use client';

import { useMemo } from 'react';
import type { PositionsPayload } from '@/lib/data/payloads';
import { buildTimelineIndex, dateRange } from '@/lib/timeline/as-of';
import type { Lang } from '@/lib/i18n/langs';
import { buildDirectory } from './country-directory';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Everything derived from the data once per load; nothing here depends on the as-of date. */
/** `data` is the API's positions payload (lib/data/payloads.ts), the one type the dashboard draws from. */
export function useAtlasModel(data: Pick<PositionsPayload, 'countries' | 'articles'>, lang: Lang) {
  const { countries, articles } = data;
  const index = useMemo(() => buildTimelineIndex(countries), [countries]);
  const range = useMemo(() => {
    const fallback = today();
    return dateRange(articles) ?? dateRange(countries) ?? { min: fallback, max: fallback };
  }, [articles, countries]);
  const timelineInput = useMemo(() => ({ dates: index.changeDates, min: range.min, max: range.max }), [index, range]);
  const byIso = useMemo(() => new Map(countries.map((c) => [c.iso3, c])), [countries]);
  const articlesById = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const directory = useMemo(
    () =>
      buildDirectory(
        countries.map((c) => ({ iso3: c.iso3, en: c.name.en, ar: c.name.ar })),
        lang,
      ),
    [countries, lang],
  );
  const collator = useMemo(() => new Intl.Collator(lang), [lang]);
  return { index, range, timelineInput, byIso, articlesById, directory, collator };
}

export type AtlasModel = ReturnType<typeof useAtlasModel>;
