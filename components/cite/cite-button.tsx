'use client';

import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { usePositions } from '@/lib/queries/positions';
import { dateRange } from '@/lib/timeline/as-of';
import { joinTime, splitTime } from '@/lib/timeline/time-range';
import type { ShareState } from '@/lib/url/share-state';
import type { CitePanelProps } from './cite-panel';

/** The panel and the citation formatting load on first open, never with the page. */
const CitePanel = dynamic<CitePanelProps>(() => import('./cite-panel').then((mod) => mod.CitePanel), {
  ssr: false,
  loading: CiteLoading,
});

function CiteLoading() {
  const { dict } = useI18n();
  return <p className="embed-code__hint">{dict.cite.loading}</p>;
}

/**
 * "Cite": the view on screen as a citation (plain text and BibTeX) to copy. `current` is the state on screen at this
 * instant and `url` the absolute URL of a state, as "Copy link" gives it.
 */
export function CiteButton({ current, url }: { current: () => ShareState; url: (state: ShareState) => string }) {
  const { dict } = useI18n();
  const { data } = usePositions();
  const [cited, setCited] = useState<CitePanelProps | null>(null);
  const summary = useRef<HTMLElement>(null);
  if (!data) return null;
  return (
    <details
      className="embed-code cite"
      name="share-panel"
      onToggle={(event) => {
        if (!event.currentTarget.open) {
          setCited(null);
          return;
        }
        const state = current();
        // "Latest" moves with new data: a citation names the date on screen, so its link reopens this very view.
        const latest = (dateRange(data.articles) ?? dateRange(data.countries))?.max ?? null;
        // A range "to the latest" (`time=2025-03-01..`) is pinned at its end the same way.
        const { from, to } = splitTime(state.time);
        const pinned = latest && to === null ? { ...state, time: joinTime({ from, to: latest }) } : state;
        setCited({
          time: pinned.time,
          url: url(pinned),
          version: data.dataVersion,
          accessed: new Date().toISOString().slice(0, 10),
        });
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !event.currentTarget.open) return;
        event.currentTarget.open = false;
        summary.current?.focus();
      }}
    >
      <summary className="button" ref={summary}>
        {dict.cite.button}
      </summary>
      {cited ? <CitePanel {...cited} /> : null}
    </details>
  );
}
