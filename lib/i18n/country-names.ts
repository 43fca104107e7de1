import countries from 'i18n-iso-countries';
import arNames from 'i18n-iso-countries/langs/ar.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import type { Lang } from './langs';

countries.registerLocale(enNames);
countries.registerLocale(arNames);

/**
 * Country name in the page language from i18n-iso-countries; codes it does not know (Natural Earth's
 * Kosovo, Northern Cyprus…) fall back to the name carried by the data, then to the code itself.
 */
export function countryName(iso3: string, lang: Lang, fallback?: { en: string; ar: string }): string {
  return countries.getName(iso3, lang) ?? fallback?.[lang] ?? iso3;
}
