import type { CountryProperties, Spending, SpendingKind, SpendingUnit } from '@/lib/schema/positions';

/** On one date a level is the better map value than a target, and a target than an increase. */
const KIND_RANK: Record<SpendingKind, number> = { level: 0, target: 1, increase: 2 };

/** Returns < 0 when `a` should win. */
export function compareSpendingSameDate(a: Spending, b: Spending): number {
  const kind = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (kind !== 0) return kind;
  if (a.article !== b.article) return a.article < b.article ? 1 : -1;
  return b.evidence.start - a.evidence.start;
}

/**
 * The latest spending figure dated on or before `date` (null = latest), optionally only in one unit
 * and of some kinds. The map asks for `pct_gdp` with kinds level and target: an increase is a delta,
 * not a share of GDP.
 */
export function latestSpending(
  country: CountryProperties,
  date: string | null,
  unit?: SpendingUnit,
  kinds?: readonly SpendingKind[],
): Spending | null {
  let best: Spending | null = null;
  for (const s of country.spending) {
    if (date !== null && s.date > date) continue;
    if (unit && s.unit !== unit) continue;
    if (kinds && !kinds.includes(s.kind)) continue;
    if (!best || s.date > best.date || (s.date === best.date && compareSpendingSameDate(s, best) < 0)) best = s;
  }
  return best;
}

/** What the spending layer colours by: shares of GDP that are a level or a target. */
export const MAP_SPENDING_KINDS: readonly SpendingKind[] = ['level', 'target'];
