import isoCodes from 'i18n-iso-countries/codes.json';

/**
 * Alpha-3 codes a URL may name. ISO 3166-1 for now; the map's own country list
 * (lib/geo/countries.generated.json) replaces it once the geo build ships it, so that
 * Natural Earth's non-ISO codes (e.g. Kosovo) become selectable too.
 */
const KNOWN: ReadonlySet<string> = new Set(
  (isoCodes as readonly (readonly string[])[]).map((row) => row[1]).filter((c): c is string => !!c),
);

export function isKnownCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && KNOWN.has(code);
}
