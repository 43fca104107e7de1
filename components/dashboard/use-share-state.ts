'use client';

import { useQueryStates } from 'nuqs';
import { useCallback, useMemo } from 'react';
import type { ShareState } from '@/lib/url/share-state';
import { PUSH, REPLACE, shareStateParsers } from '@/lib/url/share-state-parsers';

export type HistoryMode = 'push' | 'replace';
export type ShareStateUpdate = (patch: Partial<ShareState>, mode: HistoryMode) => void;

/** The view state lives in the URL only; this is its single reader and writer in the UI. */
export function useShareState(): { state: ShareState; update: ShareStateUpdate } {
  const [values, setValues] = useQueryStates(shareStateParsers);
  const { time, country, stance, layer, tab, view } = values;
  const state = useMemo<ShareState>(
    () => ({ time, country, stance, layer, tab, view }),
    [time, country, stance, layer, tab, view],
  );
  const update = useCallback<ShareStateUpdate>(
    (patch, mode) => {
      void setValues(patch, mode === 'push' ? PUSH : REPLACE);
    },
    [setValues],
  );
  return { state, update };
}
