import { isStanceVisible } from '@/lib/filters/stance-filter';
import type { Reason } from '@/lib/schema/positions';
import { STANCES, type Stance } from '@/lib/schema/stance';
import type { AsOf } from '@/lib/timeline/steps';

export type SummaryEntry = { iso3: string; name: string; reason: Reason | null };
export type SummaryGroup = { stance: Stance; countries: SummaryEntry[] };

/**
 * Every country with a position as of a date, grouped by stance in legend order and by name within a group,
 * each with the reason of the position that decides it. The stance filter applies, as on the map.
 */
export function whoIsWhere(
  asOf: ReadonlyMap<string, AsOf>,
  filter: readonly Stance[],
  name: (iso3: string) => string,
  collator: Intl.Collator,
): SummaryGroup[] {
  const groups = new Map<Stance, SummaryEntry[]>();
  for (const [iso3, a] of asOf) {
    if (!isStanceVisible(filter, a.stance)) continue;
    const list = groups.get(a.stance) ?? [];
    list.push({ iso3, name: name(iso3), reason: a.position.reason ?? null });
    groups.set(a.stance, list);
  }
  return STANCES.filter((s) => groups.has(s)).map((stance) => ({
    stance,
    countries: groups.get(stance)!.sort((x, y) => collator.compare(x.name, y.name)),
  }));
}
