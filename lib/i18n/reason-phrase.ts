import type { Reason } from '@/lib/schema/positions';
import type { ReasonBody } from '@/lib/schema/stance';
import { countryName } from './country-names';
import { intlLocale } from './format';
import type { Lang } from './langs';

const BODY_NAMES: Record<Lang, Record<ReasonBody, string>> = {
  en: {
    un: 'the UN',
    un_security_council: 'the UN Security Council',
    bundestag: 'the Bundestag',
    congress: 'Congress',
    nato: 'NATO',
    eu: 'the EU',
  },
  ar: {
    un: 'الأمم المتحدة',
    un_security_council: 'مجلس الأمن الدولي',
    bundestag: 'البوندستاغ',
    congress: 'الكونغرس',
    nato: 'حلف الناتو',
    eu: 'الاتحاد الأوروبي',
  },
};

function nameOf(name: string, lang: Lang): string {
  return /^[A-Z]{3}$/.test(name) ? countryName(name, lang) : (BODY_NAMES[lang][name as ReasonBody] ?? name);
}

function list(names: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format(names.map((n) => nameOf(n, lang)));
}

type Phrase = (names: string) => string;

/** Reasons that read better with what they name inside the phrase; the rest get it after a colon. */
const WITH_NAMES: Record<Lang, Partial<Record<Reason['code'], Phrase>>> = {
  en: {
    neighbour_threat: (n) => `Threat on its border from ${n}`,
    home_defence: (n) => `Needed for home defence against ${n}`,
    legal_basis_required: (n) => `A mandate from ${n} required`,
    parliament_approval_required: (n) => `Approval by ${n} required`,
  },
  ar: {
    neighbour_threat: (n) => `تهديد على حدودها من ${n}`,
    home_defence: (n) => `قواتها لازمة للدفاع عن أراضيها في مواجهة ${n}`,
    legal_basis_required: (n) => `يشترط تفويضًا من ${n}`,
    parliament_approval_required: (n) => `يشترط موافقة ${n}`,
  },
};

/**
 * The reason as a full phrase in the page's language, naming the countries and bodies the article names
 * ("Threat on its border from Belarus"); `label` is the category's own wording, used when nothing is named.
 */
export function reasonPhrase(reason: Pick<Reason, 'code' | 'names'>, label: string, lang: Lang): string {
  const names = reason.names ?? [];
  // "US backstop required" already says whose.
  if (names.length === 0 || reason.code === 'us_backstop_required') return label;
  const named = list(names, lang);
  const phrase = WITH_NAMES[lang][reason.code];
  return phrase ? phrase(named) : `${label}: ${named}`;
}
