import type { ChangeFilterKey } from '@/lib/changes/filter';
import type { Lang } from './langs';

/** The change feed's own strings (page, feeds, the header link), apart from the shared dictionaries. */
export type ChangesStrings = {
  headerLink: string;
  title: string;
  intro: string;
  backToMap: string;
  otherLanguage: string;
  filters: string;
  country: string;
  stance: string;
  from: string;
  to: string;
  any: string;
  apply: string;
  clear: string;
  problemsTitle: string;
  problem: (key: ChangeFilterKey, raw: string, reason: string) => string;
  /** `n` formatted in the page's language, `count` the number it stands for. */
  count: (n: string, count: number) => string;
  none: string;
  date: string;
  change: string;
  reason: string;
  evidence: string;
  links: string;
  newStance: string;
  arrow: string;
  openArticle: string;
  openMap: string;
  subscribe: string;
  atom: string;
  jsonFeed: string;
  feedTitle: string;
  feedDescription: string;
  author: string;
  entryTitle: (country: string, from: string, to: string) => string;
};

const KEY_NAMES_AR: Record<ChangeFilterKey, string> = { country: 'الدولة', stance: 'الموقف', from: 'من', to: 'إلى' };

export const CHANGES_STRINGS: Record<Lang, ChangesStrings> = {
  en: {
    headerLink: 'Changes',
    title: 'Stance changes',
    intro:
      'Every change of a country’s stance, newest first, with the sentence it was read from. A country’s first recorded stance counts as new.',
    backToMap: 'Back to the map',
    otherLanguage: 'العربية',
    filters: 'Filter the changes',
    country: 'Country',
    stance: 'New stance',
    from: 'From',
    to: 'To',
    any: 'Any',
    apply: 'Apply',
    clear: 'Clear filters',
    problemsTitle: 'Part of the address could not be used',
    problem: (key, raw, reason) => `${key} “${raw}”: ${reason}.`,
    count: (n, count) => (count === 1 ? `${n} change` : `${n} changes`),
    none: 'No change matches these filters.',
    date: 'Date',
    change: 'Change',
    reason: 'Reason',
    evidence: 'Evidence (Arabic)',
    links: 'Links',
    newStance: 'New',
    arrow: '→',
    openArticle: 'Read in the article',
    openMap: 'Map on this date',
    subscribe: 'Follow these changes:',
    atom: 'Atom feed',
    jsonFeed: 'JSON Feed',
    feedTitle: 'Willing Atlas: stance changes',
    feedDescription:
      'Changes of countries’ positions on the 2025 security guarantees for Ukraine, as reported in Arabic news.',
    author: 'Willing Atlas',
    entryTitle: (country, from, to) => `${country}: ${from} → ${to}`,
  },
  ar: {
    headerLink: 'التغييرات',
    title: 'تغيّرات المواقف',
    intro: 'كل تغيّر في موقف دولة، الأحدث أولًا، مع الجملة التي استُخلص منها. يُعدّ أول موقف مسجّل لدولة موقفًا جديدًا.',
    backToMap: 'العودة إلى الخريطة',
    otherLanguage: 'English',
    filters: 'تصفية التغييرات',
    country: 'الدولة',
    stance: 'الموقف الجديد',
    from: 'من',
    to: 'إلى',
    any: 'الكل',
    apply: 'تطبيق',
    clear: 'إزالة التصفية',
    problemsTitle: 'تعذّر استخدام جزء من العنوان',
    problem: (key, raw) => `قيمة «${KEY_NAMES_AR[key]}» (${raw}) غير صالحة، واستُخدم منها ما يصلح فقط.`,
    count: (n) => `عدد التغييرات: ${n}`,
    none: 'لا يوجد تغيير يطابق هذه التصفية.',
    date: 'التاريخ',
    change: 'التغيّر',
    reason: 'السبب',
    evidence: 'الدليل',
    links: 'روابط',
    newStance: 'جديد',
    arrow: '←',
    openArticle: 'اقرأ في المقال',
    openMap: 'الخريطة في هذا التاريخ',
    subscribe: 'تابع هذه التغييرات:',
    atom: 'موجز Atom',
    jsonFeed: 'موجز JSON',
    feedTitle: 'أطلس الراغبين: تغيّرات المواقف',
    feedDescription: 'تغيّرات مواقف الدول من الضمانات الأمنية لأوكرانيا عام ٢٠٢٥ كما نقلتها الأخبار العربية.',
    author: 'أطلس الراغبين',
    entryTitle: (country, from, to) => `${country}: ${from} ← ${to}`,
  },
};

export function changesStrings(lang: Lang): ChangesStrings {
  return CHANGES_STRINGS[lang];
}
