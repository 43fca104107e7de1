import { NO_POSITION_COLOR } from './stance-colors';

export type SpendingStop = {
  /** Lower bound, inclusive, in % of GDP. */
  from: number;
  /** Upper bound, exclusive; null for the open top class. */
  to: number | null;
  color: string;
};

/**
 * Classed sequential scale (ColorBrewer YlOrBr, light to dark). Breaks sit on the figures the debate
 * uses: NATO's 2 % guideline, the 3.5 % core target of 2025 and the 5 % headline.
 */
export const SPENDING_STOPS: readonly SpendingStop[] = [
  { from: 0, to: 1, color: '#FEE391' },
  { from: 1, to: 1.5, color: '#FEC44F' },
  { from: 1.5, to: 2, color: '#FB9A29' },
  { from: 2, to: 2.5, color: '#EC7014' },
  { from: 2.5, to: 3.5, color: '#CC4C02' },
  { from: 3.5, to: 5, color: '#993404' },
  { from: 5, to: null, color: '#662506' },
];

export const NO_SPENDING_COLOR = NO_POSITION_COLOR;

export function spendingColor(pctGdp: number | null): string {
  if (pctGdp === null || !Number.isFinite(pctGdp)) return NO_SPENDING_COLOR;
  for (let i = SPENDING_STOPS.length - 1; i >= 0; i -= 1) {
    const stop = SPENDING_STOPS[i] as SpendingStop;
    if (pctGdp >= stop.from) return stop.color;
  }
  // Negative shares are data errors; the lowest class keeps them visible rather than hiding them as "no data".
  return (SPENDING_STOPS[0] as SpendingStop).color;
}
