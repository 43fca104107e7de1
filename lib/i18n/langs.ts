import { ar } from './dictionaries/ar';
import { en, type Dictionary } from './dictionaries/en';

export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function textDirection(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

const DICTIONARIES: Record<Lang, Dictionary> = { en, ar };

export function getDictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

export type { Dictionary };

/**
 * Picks the language for a visitor who asked for `/`: the first Accept-Language entry we support,
 * by descending q-value, else English.
 */
export function preferredLang(acceptLanguage: string | null | undefined): Lang {
  if (!acceptLanguage) return DEFAULT_LANG;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...paramList] = part.trim().split(';');
      const qParam = paramList.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLang) ?? DEFAULT_LANG;
}
