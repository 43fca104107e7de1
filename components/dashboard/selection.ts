import { STANCES, type Stance } from '@/lib/schema/stance';
import { MAX_COUNTRIES } from '@/lib/url/param-codecs';

/**
 * Selecting a country makes it the one in the detail panel (first) while keeping the others for
 * comparison; selecting the country already shown first deselects it.
 */
export function selectCountry(selection: readonly string[], iso3: string): string[] {
  if (selection[0] === iso3) return selection.slice(1);
  return [iso3, ...selection.filter((c) => c !== iso3)].slice(0, MAX_COUNTRIES);
}

export function removeCountry(selection: readonly string[], iso3: string): string[] {
  return selection.filter((c) => c !== iso3);
}

/**
 * Legend toggle on the set of shown stances, where an empty list means all. Hiding the last shown
 * stance shows them all again rather than an empty map.
 */
export function toggleStance(shown: readonly Stance[], stance: Stance): Stance[] {
  const current = shown.length === 0 ? [...STANCES] : [...shown];
  const next = current.includes(stance) ? current.filter((s) => s !== stance) : [...current, stance];
  if (next.length === 0 || next.length === STANCES.length) return [];
  return STANCES.filter((s) => next.includes(s));
}
