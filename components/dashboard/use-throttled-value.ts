'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * Follows `value` at most once per `intervalMs`, always ending on the latest value. Keeps costly
 * panels (charts) live while the slider is scrubbed without re-rendering them on every step. An
 * infinite interval holds the current value until the interval becomes finite again.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastUpdate = useRef(0);

  useEffect(() => {
    if (Object.is(value, shown) || !Number.isFinite(intervalMs)) return;
    const wait = Math.max(0, lastUpdate.current + intervalMs - performance.now());
    const timer = setTimeout(() => {
      lastUpdate.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs]);

  return shown;
}
