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
