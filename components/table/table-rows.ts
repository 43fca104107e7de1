import { isStanceVisible } from '@/lib/filters/stance-filter';
import type { Position, Reason, Spending } from '@/lib/schema/positions';
import { STANCES, type Stance } from '@/lib/schema/stance';
import type { AsOf } from '@/lib/timeline/steps';
import { moveStance, type CountryMove } from '@/lib/timeline/compare';
import { isTrustVisible, TRUST_LEVELS, trustOf, type Trust } from '@/lib/trust/trust';
import type { TableSort } from '@/lib/url/param-codecs';

export type TableRow = {
  iso3: string;
  name: string;
  stance: Stance | null;
  since: string | null;
  reason: Reason | null;
  spending: Spending | null;
  /** The position in force (at the end of a compared range, or at its start for one no longer reported). */
  position: Position | null;
  /** Who vouches for the position in force: a reviewer, or the extractor and its confidence. */
  trust: Trust | null;
  confidence: number | null;
  /** The article reports statements of the country that disagree. */
  conflict: boolean;
  /** How the country moved, when two dates are compared. */
  move: CountryMove | null;
};

type Input = {
  asOf: ReadonlyMap<string, AsOf>;
  spending: ReadonlyMap<string, Spending>;
  /** Stances shown; empty means all. */
  filter: readonly Stance[];
  /** Trust levels shown; empty means all. A trust filter leaves out countries without a position. */
  trust?: readonly Trust[];
  sort?: TableSort;
  /** The movement of each country when two dates are compared: its countries are listed even if dropped. */
  moves?: ReadonlyMap<string, CountryMove> | null;
  name: (iso3: string) => string;
  collator: Intl.Collator;
};

const stanceOrder = (s: Stance | null) => (s === null ? STANCES.length : STANCES.indexOf(s));
/** Least trusted first: low, automatic, reviewed, then countries with no position. */
const trustOrder = (t: Trust | null) =>
  t === null ? TRUST_LEVELS.length : TRUST_LEVELS.length - 1 - TRUST_LEVELS.indexOf(t);

/**
 * One row per country that carries a stance or a spending figure as of the date (or, comparing two dates, a
 * position on either), filtered exactly like the map by stance and, for the table, by trust. Ordered by the
 * chosen column — legend order (default), name, newest first, or least trusted first (lowest confidence leading)
 * — with the name breaking ties.
 */
export function buildTableRows(input: Input): TableRow[] {
  const { asOf, spending, filter, name, collator, moves = null } = input;
  const trustFilter = input.trust ?? [];
  const codes = new Set([...asOf.keys(), ...spending.keys(), ...(moves?.keys() ?? [])]);
  const rows: TableRow[] = [];
  for (const iso3 of codes) {
    const move = moves?.get(iso3) ?? null;
    // A country no longer reported at the end is shown by its position at the start, as on the map.
    const a = asOf.get(iso3) ?? move?.from;
    const stance = move ? moveStance(move) : a?.stance;
    if (!isStanceVisible(filter, stance)) continue;
    const trust = a ? trustOf(a.position) : null;
    if (!isTrustVisible(trustFilter, trust)) continue;
    rows.push({
      iso3,
      name: name(iso3),
      stance: a?.stance ?? null,
      since: a?.since ?? null,
      reason: a?.position.reason ?? null,
      position: a?.position ?? null,
      spending: spending.get(iso3) ?? null,
      trust,
      confidence: a?.position.confidence ?? null,
      conflict: a?.position.conflict === true,
      move,
    });
  }
  const byName = (x: TableRow, y: TableRow) => collator.compare(x.name, y.name);
  const compare: Record<TableSort, (x: TableRow, y: TableRow) => number> = {
    stance: (x, y) => stanceOrder(x.stance) - stanceOrder(y.stance),
    name: () => 0,
    since: (x, y) => (y.since ?? '').localeCompare(x.since ?? ''),
    trust: (x, y) =>
      trustOrder(x.trust) - trustOrder(y.trust) ||
      Number(y.conflict) - Number(x.conflict) ||
      (x.confidence ?? 2) - (y.confidence ?? 2),
  };
  const order = compare[input.sort ?? 'stance'];
  return rows.sort((x, y) => order(x, y) || byName(x, y));
}
