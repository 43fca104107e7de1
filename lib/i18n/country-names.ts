import countries from 'i18n-iso-countries';
import arNames from 'i18n-iso-countries/langs/ar.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import { countryByIso3 } from '@/lib/geo/country-index';
import type { Lang } from './langs';

countries.registerLocale(enNames);
countries.registerLocale(arNames);

/**
 * The one name of a country in the page language: the map's own (written by the geo build, so map labels,
 * table, tooltip, charts and exports agree: "United States", not "United States of America"), then
 * i18n-iso-countries for codes the map lacks, then the code itself.
 */
export function countryName(iso3: string, lang: Lang): string {
  return countryByIso3(iso3)?.[lang] ?? countries.getName(iso3, lang) ?? iso3;
}

/**
 * Other names people search with, beyond what i18n-iso-countries lists ("UK", "Great Britain", "Czechia"…):
 * the press's names for a country in both languages. One table, used by search in both languages.
 */
const PRESS_NAMES: Readonly<Record<string, readonly string[]>> = {
  GBR: ['Britain', 'England', 'Scotland', 'Wales', 'بريطانيا', 'المملكة المتحدة', 'إنجلترا', 'انكلترا'],
  USA: ['America', 'the US', 'أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية'],
  NLD: ['Holland', 'the Netherlands', 'هولندا'],
  CZE: ['Czech Republic', 'Czechia', 'التشيك', 'تشيكيا'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye', 'تركيا'],
  DEU: ['Germany', 'ألمانيا', 'المانيا'],
  KOR: ['Korea', 'كوريا'],
  RUS: ['Russia', 'روسيا'],
  ARE: ['UAE', 'Emirates', 'الإمارات'],
  MKD: ['Macedonia', 'مقدونيا'],
  MDA: ['Moldova', 'مولدوفا', 'مولدافيا'],
  BIH: ['Bosnia', 'البوسنة'],
  VAT: ['Vatican', 'الفاتيكان'],
  CHE: ['Swiss', 'سويسرا'],
  IRL: ['Eire', 'أيرلندا', 'ايرلندا'],
};

/** Every name a reader might type for a country, in both languages (the display names included). */
export function countryAliases(iso3: string): string[] {
  const names = new Set<string>();
  for (const lang of ['en', 'ar'] as const) {
    names.add(countryName(iso3, lang));
    for (const name of countries.getName(iso3, lang, { select: 'all' }) ?? []) names.add(name);
  }
  for (const name of PRESS_NAMES[iso3] ?? []) names.add(name);
  return [...names];
}
