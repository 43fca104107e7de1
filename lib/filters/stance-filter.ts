import { STANCES, type Stance } from '@/lib/schema/stance';

/** The URL's `stance` list means "all" when empty; these turn it into what is actually shown, in legend order. */
export function visibleStances(filter: readonly Stance[]): Stance[] {
  return filter.length === 0 ? [...STANCES] : STANCES.filter((s) => filter.includes(s));
}

/**
 * The one stance-filter rule, used by the map, the table, the charts, the exports and the API: an empty
 * filter shows everything; otherwise only what has one of the listed stances (no stance never passes).
 */
export function isStanceVisible(filter: readonly Stance[], stance: Stance | null | undefined): boolean {
  if (filter.length === 0) return true;
  return stance != null && filter.includes(stance);
}

/** Clicking a legend entry: from "all", show all but that one; never end up with nothing shown (that means all). */
export function toggleStance(filter: readonly Stance[], stance: Stance): Stance[] {
  const shown = new Set(visibleStances(filter));
  if (shown.has(stance)) shown.delete(stance);
  else shown.add(stance);
  const next = STANCES.filter((s) => shown.has(s));
  return next.length === STANCES.length ? [] : next;
}
