import type { GoldArticle, Predicted } from './gold-score';

/** Confidence bands, from the surest down: a position falls in the first band whose floor it reaches. */
export const BAND_FLOORS = [0.9, 0.8, 0.7, 0.6, 0] as const;

export interface Band {
  floor: number;
  right: number;
  total: number;
  precision: number;
}

/**
 * How often positions of each confidence band are right (country, stance and, where the gold names them, reason).
 * Countries the gold marks uncertain are left out. This is what "confidence" must mean: a band's precision.
 */
export function confidenceBands(articles: { gold: GoldArticle; predicted: Predicted[] }[]): Band[] {
  const counts = BAND_FLOORS.map((floor) => ({ floor, right: 0, total: 0 }));
  for (const { gold, predicted } of articles) {
    const uncertain = new Set(gold.uncertain.map((u) => u.iso3));
    for (const p of predicted) {
      if (uncertain.has(p.iso3)) continue;
      const g = gold.positions.find((x) => x.iso3 === p.iso3);
      const right =
        !!g &&
        g.stance === p.position.stance &&
        (!g.reasons || (p.position.reason !== undefined && g.reasons.includes(p.position.reason.code)));
      const band = counts.find((b) => (p.position.confidence ?? 0) >= b.floor)!;
      band.total++;
      if (right) band.right++;
    }
  }
  return counts.map((b) => ({ ...b, precision: b.total ? b.right / b.total : 1 }));
}
