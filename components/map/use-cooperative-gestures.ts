'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';

export type GestureHint = 'wheel' | 'touch' | null;

const HINT_MS = 1600;

/**
 * A map on a news page must never trap the page's scroll. Over the overview map a plain wheel or a
 * one-finger swipe scrolls the page and shows a hint; Ctrl/⌘ + wheel, a pinch or a two-finger touch
 * is someone reaching for the map, and only then does `onExplore` load the zoomable map.
 */
export function useCooperativeGestures(target: RefObject<Element | null>, onExplore: () => void): GestureHint {
  const [hint, setHint] = useState<GestureHint>(null);
  const explore = useRef(onExplore);
  useEffect(() => {
    explore.current = onExplore;
  });

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (kind: Exclude<GestureHint, null>) => {
      setHint(kind);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(null), HINT_MS);
    };
    const onWheel = (event: Event) => {
      const wheel = event as WheelEvent;
      if (wheel.ctrlKey || wheel.metaKey) {
        // The browser would zoom the whole page otherwise.
        wheel.preventDefault();
        explore.current();
      } else {
        show('wheel');
      }
    };
    const onTouchStart = (event: Event) => {
      if ((event as TouchEvent).touches.length >= 2) explore.current();
    };
    const onTouchMove = (event: Event) => {
      if ((event as TouchEvent).touches.length === 1) show('touch');
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('touchstart', onTouchStart, { passive: true });
    element.addEventListener('touchmove', onTouchMove, { passive: true });
    return () => {
      clearTimeout(timer);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('touchstart', onTouchStart);
      element.removeEventListener('touchmove', onTouchMove);
    };
  }, [target]);

  return hint;
}

/** "⌘" on Apple keyboards, "Ctrl" elsewhere. */
export function isApplePlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
