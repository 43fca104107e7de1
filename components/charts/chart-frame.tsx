import type { ReactNode } from 'react';

/** A titled chart card; `empty` replaces the chart with a message instead of drawing empty axes. */
type Props = { id: string; title: string; empty?: string | null; note?: string; children: ReactNode };

export function ChartFrame({ id, title, empty, note, children }: Props) {
  return (
    <figure className="chart" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {empty ? <p className="chart__empty">{empty}</p> : <div className="chart__body">{children}</div>}
      {note && !empty ? <p className="chart__note">{note}</p> : null}
    </figure>
  );
}

/** Legend entries in body colour: a yellow label on white would be unreadable. */
export function legendLabel(text: string): ReactNode {
  return <span className="chart__legend-text">{text}</span>;
}

/** Recharts sizing shared by every chart: fill the card, follow its resizes. */
export const CHART_STYLE = { width: '100%', height: '100%' } as const;
export const AXIS_TICK = { fontSize: 12, fill: '#4f5b66' } as const;
export const AS_OF_LINE = '#1a1f24';

/**
 * Days drawn past the last date of the range: a stance taken on the last day would otherwise be a
 * zero-width sliver at the edge of a step chart.
 */
export function tailDays(totalDays: number): number {
  return Math.max(3, Math.round(totalDays * 0.04));
}
