'use client';

import { throttle, useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ShareState } from '@/lib/url/share-state';
import { PUSH, REPLACE, shareStateParsers } from '@/lib/url/share-state-parsers';

export type HistoryMode = 'push' | 'replace';

/**
 * Continuous changes reach the address bar a few times a second rather than on every frame:
 * each URL write makes the router re-render, which would compete with the map for the frame.
 */
const CONTINUOUS = { ...REPLACE, limitUrlUpdates: throttle(250) };
export type ShareStateUpdate = (patch: Partial<ShareState>, mode: HistoryMode) => void;

/** The view state lives in the URL only; this is its single reader and writer in the UI. */
export function useShareState(): { state: ShareState; update: ShareStateUpdate } {
  const [values, setValues] = useQueryStates(shareStateParsers);
  const { time, layer, tab, view, sort } = values;
  const country = useStableList(values.country);
  const stance = useStableList(values.stance);
  const trust = useStableList(values.trust);
  const state = useMemo<ShareState>(
    () => ({ time, country, stance, layer, tab, view, trust, sort }),
    [time, country, stance, layer, tab, view, trust, sort],
  );
  // A key pressed while the page hydrates is replayed during hydration, before the router has
  // recorded the first history entry; writing the URL then would make Back skip the router. Such
  // early writes wait one task, by which time every mount effect (the router's included) has run.
  const settled = useRef(false);
  const early = useRef<(() => void)[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      settled.current = true;
      for (const write of early.current.splice(0)) write();
    }, 0);
    return () => clearTimeout(timer);
  }, []);

  const update = useCallback<ShareStateUpdate>(
    (patch, mode) => {
      const write = () => void setValues(patch, mode === 'push' ? PUSH : CONTINUOUS);
      if (settled.current) write();
      else early.current.push(write);
    },
    [setValues],
  );
  return { state, update };
}

/**
 * The same array instance while its items are unchanged, so memoised panels skip re-rendering when
 * only another URL key (the time, while scrubbing) changed. Items are URL tokens without '~'.
 */
function useStableList<T extends string>(list: T[]): T[] {
  const key = list.join('~');
  // Keyed on the content on purpose: a new array with the same items must not count as a change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => list, [key]);
}
