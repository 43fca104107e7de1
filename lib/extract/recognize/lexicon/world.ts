import countries from 'i18n-iso-countries';
import arabic from 'i18n-iso-countries/langs/ar.json';
import type { CountryLexeme } from './countries';

countries.registerLocale(arabic);

/**
 * Arabic names that are also ordinary words, so a country of that name would be "found" in most articles:
 * مالي (Mali; also "financial"), بنين (Benin; also "sons"), عمان (Oman; also Amman, Jordan's capital).
 */
const AMBIGUOUS = new Set(['MLI', 'BEN', 'OMN']);
/** Demonym stems that collide with common words once normalised: اليمنى (right, fem.) reads as يمني. */
const NO_DEMONYM = new Set(['YEM']);

/**
 * Capitals that news uses for their governments ("أعلنت أستانا أنها …"), for countries outside the hand-written
 * lexicon. Left out: capitals spelt like their country (الكويت، تونس) or like a common word (عمّان).
 */
const WORLD_SEATS: Readonly<Record<string, string[]>> = {
  KAZ: ['أستانا', 'نور سلطان'],
  AZE: ['باكو'],
  ARM: ['يريفان'],
  UZB: ['طشقند'],
  KGZ: ['بيشكيك'],
  TJK: ['دوشنبه'],
  MNG: ['أولان باتور'],
  IDN: ['جاكرتا'],
  MYS: ['كوالالمبور'],
  PAK: ['إسلام آباد'],
  THA: ['بانكوك'],
  VNM: ['هانوي'],
  PHL: ['مانيلا'],
  ZAF: ['بريتوريا'],
  NGA: ['أبوجا'],
  KEN: ['نيروبي'],
  ETH: ['أديس أبابا'],
  MAR: ['الرباط'],
  IRQ: ['بغداد'],
  SYR: ['دمشق'],
  LBN: ['بيروت'],
  BHR: ['المنامة'],
  CHL: ['سانتياغو'],
  ARG: ['بوينس آيرس'],
  COL: ['بوغوتا'],
  PER: ['ليما'],
  MEX: ['مكسيكو سيتي'],
};

/**
 * The stem Arabic builds a country's demonym on: كولومبيا -> كولومب(ي)، غانا -> غان(ي)، السعودية -> سعود(ي)،
 * باكستان -> باكستان(ي)، تشيلي -> تشيل(ي). One-word names only; null when the stem would be too short to be safe.
 */
export function demonymStem(name: string): string | null {
  if (name.includes(' ')) return null;
  let stem = name.startsWith('ال') ? name.slice(2) : name;
  if (stem.endsWith('ية')) stem = stem.slice(0, -2);
  else if (stem.endsWith('يا')) stem = stem.slice(0, -2);
  else if (stem.endsWith('ا') || stem.endsWith('ي')) stem = stem.slice(0, -1);
  return stem.length >= 3 ? stem : null;
}

/**
 * Every other country of ISO 3166 under its Arabic name (i18n-iso-countries), with a demonym stem where one
 * can be built safely, so that articles about countries the hand-written lexicon does not list are still read.
 * Entries of the hand-written lexicon always win.
 */
export function worldLexicon(known: ReadonlySet<string>): CountryLexeme[] {
  const out: CountryLexeme[] = [];
  for (const [alpha2, name] of Object.entries(countries.getNames('ar', { select: 'official' }))) {
    const iso3 = countries.alpha2ToAlpha3(alpha2);
    if (!iso3 || known.has(iso3) || AMBIGUOUS.has(iso3) || /[()]/.test(name)) continue;
    const stem = NO_DEMONYM.has(iso3) ? null : demonymStem(name);
    const seats = WORLD_SEATS[iso3];
    out.push({ iso3, names: [name], ...(stem ? { demonymStems: [stem] } : {}), ...(seats ? { seats } : {}) });
  }
  return out;
}
