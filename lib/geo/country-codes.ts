import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);
countries.registerLocale(ar);

export interface CountryNames {
  en: string;
  ar: string;
}

export interface CountryIdentity extends CountryNames {
  iso3: string;
}

/**
 * Natural Earth features without an ISO 3166 numeric code, keyed by their Natural Earth name.
 * Codes follow Natural Earth's ADM0_A3 (Kosovo uses XKX, the user-assigned code most data sets share);
 * none of them is an assigned ISO alpha-3 code, so they cannot clash with a real country.
 */
export const NON_ISO_COUNTRIES: Readonly<Record<string, CountryIdentity>> = {
  Kosovo: { iso3: 'XKX', en: 'Kosovo', ar: 'كوسوفو' },
  Somaliland: { iso3: 'SOL', en: 'Somaliland', ar: 'أرض الصومال' },
  'N. Cyprus': { iso3: 'CYN', en: 'Northern Cyprus', ar: 'شمال قبرص' },
  'Indian Ocean Ter.': {
    iso3: 'IOA',
    en: 'Australian Indian Ocean Territories',
    ar: 'أقاليم المحيط الهندي الأسترالية',
  },
  'Siachen Glacier': { iso3: 'KAS', en: 'Siachen Glacier', ar: 'نهر سياتشن الجليدي' },
};

/** ISO names written back-to-front ("Moldova, Republic of") or in full legal form read badly in a legend or a search box. */
const ENGLISH_OVERRIDES: Readonly<Record<string, string>> = {
  MDA: 'Moldova',
  FSM: 'Micronesia',
  VIR: 'U.S. Virgin Islands',
  VGB: 'British Virgin Islands',
  VAT: 'Vatican City',
};

const aliasCounts = (() => {
  const counts = new Map<string, number>();
  for (const alpha2 of Object.keys(countries.getAlpha2Codes())) {
    const alias = countries.getName(alpha2, 'en', { select: 'alias' });
    if (alias) counts.set(alias, (counts.get(alias) ?? 0) + 1);
  }
  return counts;
})();

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/^The /, '');

/**
 * The common short name ISO lists as an alias ("Russia", "United States", "Czechia") unless it is an
 * abbreviation ("UK"), inverted ("Korea, Republic of"), merely the official name without its accents
 * or with "The" in front ("Aland Islands", "The Netherlands"), or shared by two countries (both Congos are
 * "Congo"); otherwise the official name.
 */
export function englishName(iso3: string): string | undefined {
  const override = ENGLISH_OVERRIDES[iso3];
  if (override) return override;
  const official = countries.getName(iso3, 'en', { select: 'official' });
  const alias = countries.getName(iso3, 'en', { select: 'alias' });
  const usable =
    alias !== undefined &&
    alias !== official &&
    !/^[A-Z.]+$/.test(alias) &&
    !alias.includes(',') &&
    (official === undefined || plain(official) !== plain(alias)) &&
    aliasCounts.get(alias) === 1;
  return usable ? alias : official;
}

export function arabicName(iso3: string): string | undefined {
  return countries.getName(iso3, 'ar', { select: 'official' });
}

/**
 * Resolves a world-atlas feature (zero-padded ISO numeric id, Natural Earth name) to a 3-letter code and names.
 * Several features may resolve to the same code (Australia and Ashmore and Cartier Is. are both "036");
 * callers merge those into one country.
 */
export function identifyCountry(numericId: string | number | undefined, featureName: string): CountryIdentity {
  const iso3 = numericId === undefined ? undefined : countries.numericToAlpha3(String(numericId).padStart(3, '0'));
  if (!iso3) {
    const known = NON_ISO_COUNTRIES[featureName];
    if (!known) throw new Error(`no ISO code and no fallback for feature "${featureName}" (id ${String(numericId)})`);
    return known;
  }

  const arabic = arabicName(iso3);
  if (!arabic) throw new Error(`no Arabic name for ${iso3} ("${featureName}")`);
  return { iso3, en: englishName(iso3) ?? featureName, ar: arabic };
}
