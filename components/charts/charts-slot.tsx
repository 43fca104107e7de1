'use client';

import { useRef, useState } from 'react';
import { useThrottledValue } from '@/components/dashboard/use-throttled-value';
import { useI18n } from '@/components/providers/i18n-provider';
import type { ChartsPanelProps } from './charts-panel';
import { LazyCharts } from './lazy-charts';
import { useInView } from './use-in-view';

/** Charts are the costliest panel to redraw; while scrubbing they follow a few times a second. */
const CHART_INTERVAL_MS = 200;

/**
 * Loads recharts only once the charts scroll into view, and stops redrawing them with the timeline
 * while they are off screen; they catch up as soon as they are visible again.
 */
export function ChartsSlot(props: ChartsPanelProps) {
  const { dict } = useI18n();
  const slot = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // Redraw while any part of the section is near the screen; load recharts only once the charts
  // themselves (not just the heading at the bottom edge) have been scrolled into view.
  const inView = useInView(slot);
  const bodyInView = useInView(body, '0px 0px -120px 0px');
  const [seen, setSeen] = useState(false);
  if (bodyInView && !seen) setSeen(true);
  const date = useThrottledValue(props.date, inView ? CHART_INTERVAL_MS : Infinity);

  return (
    <section ref={slot} className="charts" aria-labelledby="charts-title">
      <h2 id="charts-title" className="charts__heading">
        {dict.charts.heading}
      </h2>
      {seen ? (
        <LazyCharts {...props} date={date} />
      ) : (
        <div ref={body} className="charts__placeholder" aria-hidden="true" />
      )}
    </section>
  );
}
