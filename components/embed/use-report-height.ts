'use client';

import { useEffect, useRef } from 'react';
import { HEIGHT_MESSAGE, type HeightMessage } from '@/lib/embed/embed';

/**
 * Tells the page that frames this one how tall the content is, whenever that changes, so the host's script
 * (public/embed.js) can size the iframe to fit. Nothing is sent when the page is not framed.
 */
export function useReportHeight() {
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element || window.parent === window) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
      // The height is no secret, and the embedding page can be any site: no target origin to restrict to.
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, []);
  return root;
}
