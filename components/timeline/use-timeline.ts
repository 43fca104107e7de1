'use client';

import { startTransition, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { TimelineController } from '@/lib/timeline/timeline-controller';
import type { HistoryMode } from '@/components/dashboard/use-share-state';

type TimelineInput = { dates: readonly string[]; min: string; max: string };

/**
 * Keeps a TimelineController and the URL's `time` in step. Keyboard steps and the first touch of a
 * drag push a history entry; the rest of a drag and playback replace it, so Back undoes a whole gesture.
 *
 * State flows one way: the controller owns the date while the page is open (it plays, steps and follows a
 * drag), the URL is written from it, and everything on screen is a projection of `date`. The date is read
 * from the controller as an external store, so a step renders the map at once; panels that can lag take
 * `useDeferredValue(date)`. The URL is read back only when it changes from outside (Back, a pasted link).
 */
export function useTimeline(
  input: TimelineInput,
  urlTime: string | null,
  writeTime: (time: string | null, mode: HistoryMode) => void,
) {
  const [controller] = useState(() => new TimelineController({ ...input, current: urlTime }));
  const date = useSyncExternalStore(
    controller.subscribe,
    () => controller.current,
    () => controller.current,
  );
  const gesture = useRef<HistoryMode>('push');
  const lastUrlTime = useRef(urlTime);
  const write = useRef(writeTime);
  useEffect(() => {
    write.current = writeTime;
  });

  useEffect(() => controller.setData(input), [controller, input]);

  useEffect(
    () =>
      controller.subscribe((snapshot) => {
        if (snapshot.reason === 'data') return;
        const next = controller.urlTime;
        if (next === lastUrlTime.current) return;
        lastUrlTime.current = next;
        const mode: HistoryMode =
          snapshot.reason === 'step' ? 'push' : snapshot.reason === 'play' ? 'replace' : gesture.current;
        gesture.current = 'replace';
        startTransition(() => write.current(next, mode));
      }),
    [controller],
  );

  // The URL changed from outside (Back, a pasted link): follow it without writing it back.
  useEffect(() => {
    if (urlTime === lastUrlTime.current) return;
    lastUrlTime.current = urlTime;
    controller.pause();
    controller.setDate(urlTime, 'data');
  }, [controller, urlTime]);

  useEffect(() => () => controller.dispose(), [controller]);

  return {
    controller,
    /** The as-of date the dashboard shows. */
    date,
    /** Call when a pointer goes down on the track: the next date set is a new history entry. */
    beginGesture: () => {
      gesture.current = 'push';
    },
  };
}
