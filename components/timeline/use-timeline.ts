'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { TimelineController, type TimelineSnapshot } from '@/lib/timeline/timeline-controller';
import type { HistoryMode } from '@/components/dashboard/use-share-state';

type TimelineInput = { dates: readonly string[]; min: string; max: string };

/**
 * Keeps a TimelineController and the URL's `time` in step. Keyboard steps and the first touch of a
 * drag push a history entry; the rest of a drag and playback replace it, so Back undoes a whole gesture.
 */
export function useTimeline(input: TimelineInput, urlTime: string | null, writeTime: (time: string | null, mode: HistoryMode) => void) {
  const [controller] = useState(() => new TimelineController({ ...input, current: urlTime }));
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
        const mode: HistoryMode = snapshot.reason === 'step' ? 'push' : snapshot.reason === 'play' ? 'replace' : gesture.current;
        gesture.current = 'replace';
        write.current(next, mode);
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

  const snapshot: TimelineSnapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);

  return {
    controller,
    snapshot,
    /** Call when a pointer goes down on the track: the next date set is a new history entry. */
    beginGesture: () => {
      gesture.current = 'push';
    },
  };
}
