import mapCountries from '@/lib/geo/countries.generated.json';

/** Only countries the map can draw may be selected; this also covers Natural Earth's non-ISO codes (Kosovo = XKX). */
const KNOWN: ReadonlySet<string> = new Set((mapCountries as readonly { iso3: string }[]).map((c) => c.iso3));

export function isKnownCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && KNOWN.has(code);
}
