import { REASON_CODES, type ReasonCode, type Stance } from '@/lib/schema/stance';
import type { AsOf } from '@/lib/timeline/steps';
import { isStanceVisible } from '@/lib/filters/stance-filter';

export type ReasonRow = {
  code: ReasonCode;
  total: number;
  /** Countries per stance giving this reason (refusals and conditions side by side). */
  byStance: Partial<Record<Stance, number>>;
  countries: string[];
} & Partial<Record<Stance, number>>;

/**
 * Reasons for refusals and conditions as of a date: each country counts once, under the reason of
 * the position that decides its stance. Most frequent first, ties in category order.
 */
export function reasonCounts(asOf: ReadonlyMap<string, AsOf>, filter: readonly Stance[] = []): ReasonRow[] {
  const rows = new Map<ReasonCode, ReasonRow>();
  for (const [iso3, { stance, position }] of asOf) {
    const code = position.reason?.code;
    if (!code || !isStanceVisible(filter, stance)) continue;
    const row = rows.get(code) ?? { code, total: 0, byStance: {}, countries: [] };
    row.total += 1;
    row.byStance[stance] = (row.byStance[stance] ?? 0) + 1;
    row[stance] = row.byStance[stance];
    row.countries.push(iso3);
    rows.set(code, row);
  }
  for (const row of rows.values()) row.countries.sort();
  return [...rows.values()].sort(
    (a, b) => b.total - a.total || REASON_CODES.indexOf(a.code) - REASON_CODES.indexOf(b.code),
  );
}
