import type { Lang } from './langs';

/** Arabic pages use Arabic-Indic digits and the Gregorian calendar whatever the reader's region. */
const LOCALE: Record<Lang, string> = { en: 'en-GB', ar: 'ar-u-nu-arab-ca-gregory' };

export function intlLocale(lang: Lang): string {
  return LOCALE[lang];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    // Dates are calendar days without a time; formatting them in UTC keeps every viewer on the same day.
    format = new Intl.DateTimeFormat(LOCALE[lang], {
      timeZone: 'UTC',
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      year: 'numeric',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats a YYYY-MM-DD calendar date; anything unparsable is returned unchanged. */
export function formatDate(isoDay: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return dateFormat(lang, style).format(date);
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
}

/** `value` is already a percentage (2.5 means 2.5 %). */
export function formatPercent(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

const MAGNITUDES: Record<Lang, readonly (readonly [number, string])[]> = {
  en: [
    [1e9, 'bn'],
    [1e6, 'm'],
  ],
  ar: [
    [1e9, 'مليار'],
    [1e6, 'مليون'],
  ],
};

/**
 * Money amounts in billions or millions with the unit spelled out. Intl's compact notation would be
 * shorter, but its abbreviations differ between ICU versions (server vs browser), which breaks hydration.
 */
export function formatMoney(value: number, currency: string, lang: Lang): string {
  const [divisor, word] = MAGNITUDES[lang].find(([size]) => Math.abs(value) >= size) ?? [1, ''];
  const amount = new Intl.NumberFormat(LOCALE[lang], {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value / divisor);
  return word ? `${amount} ${word}` : amount;
}

export function formatYear(year: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { useGrouping: false }).format(year);
}

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

function monthFormat(lang: Lang): Intl.DateTimeFormat {
  let format = monthFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', month: 'long', year: 'numeric' });
    monthFormats.set(lang, format);
  }
  return format;
}

const PART_OF_MONTH: Record<Lang, [string, string, string]> = {
  en: ['early', 'mid-', 'late'],
  ar: ['أوائل', 'منتصف', 'أواخر'],
};

/**
 * A date as precisely as it is known: "12 February 2025" (day), "July 2025" (month), "early July 2025" (approx, by
 * the third of the month), "2025" (year). Articles whose date was inferred say so through this.
 */
export function formatDateAs(isoDay: string, precision: 'day' | 'month' | 'approx' | 'year', lang: Lang): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || precision === 'day') return formatDate(isoDay, lang);
  if (precision === 'year')
    return new Intl.NumberFormat(LOCALE[lang], { useGrouping: false }).format(date.getUTCFullYear());
  const month = monthFormat(lang).format(date);
  if (precision === 'month') return month;
  const day = date.getUTCDate();
  const part = PART_OF_MONTH[lang][day <= 10 ? 0 : day <= 20 ? 1 : 2];
  return lang === 'en' && part.endsWith('-') ? `${part}${month}` : `${part} ${month}`;
}
