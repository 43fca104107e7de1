import { isStanceVisible } from '@/lib/filters/stance-filter';
import type { Reason, Spending } from '@/lib/schema/positions';
import { STANCES, type Stance } from '@/lib/schema/stance';
import type { AsOf } from '@/lib/timeline/steps';

export type TableRow = {
  iso3: string;
  name: string;
  stance: Stance | null;
  since: string | null;
  reason: Reason | null;
  spending: Spending | null;
};

type Input = {
  asOf: ReadonlyMap<string, AsOf>;
  spending: ReadonlyMap<string, Spending>;
  /** Stances shown; empty means all. */
  filter: readonly Stance[];
  name: (iso3: string) => string;
  collator: Intl.Collator;
};

/**
 * One row per country that carries a stance or a spending figure as of the date, in legend
 * order then by name; a stance filter keeps only the countries it shows, exactly like the map.
 */
export function buildTableRows({ asOf, spending, filter, name, collator }: Input): TableRow[] {
  const codes = new Set([...asOf.keys(), ...spending.keys()]);
  const rows: TableRow[] = [];
  for (const iso3 of codes) {
    const a = asOf.get(iso3);
    if (!isStanceVisible(filter, a?.stance)) continue;
    rows.push({
      iso3,
      name: name(iso3),
      stance: a?.stance ?? null,
      since: a?.since ?? null,
      reason: a?.position.reason ?? null,
      spending: spending.get(iso3) ?? null,
    });
  }
  const order = (s: Stance | null) => (s === null ? STANCES.length : STANCES.indexOf(s));
  return rows.sort((x, y) => order(x.stance) - order(y.stance) || collator.compare(x.name, y.name));
}
