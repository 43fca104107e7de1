import { STANCES, type Stance } from '@/lib/schema/stance';

/** The URL's `stance` list means "all" when empty; these turn it into what is actually shown, in legend order. */
export function visibleStances(filter: readonly Stance[]): Stance[] {
  return filter.length === 0 ? [...STANCES] : STANCES.filter((s) => filter.includes(s));
}

export function isStanceVisible(filter: readonly Stance[], stance: Stance): boolean {
  return filter.length === 0 || filter.includes(stance);
}

/** Clicking a legend entry: from "all", show all but that one; never end up with nothing shown (that means all). */
export function toggleStance(filter: readonly Stance[], stance: Stance): Stance[] {
  const shown = new Set(visibleStances(filter));
  if (shown.has(stance)) shown.delete(stance);
  else shown.add(stance);
  const next = STANCES.filter((s) => shown.has(s));
  return next.length === STANCES.length ? [] : next;
}
