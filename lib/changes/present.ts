import { changesStrings } from '@/lib/i18n/changes-strings';
import { countryName } from '@/lib/i18n/country-names';
import { formatDate } from '@/lib/i18n/format';
import { getDictionary, type Lang } from '@/lib/i18n/langs';
import { reasonPhrase } from '@/lib/i18n/reason-phrase';
import type { StanceChange } from './derive';

/** A change as the page and the feeds show it: words in the page's language, the evidence in Arabic. */
export type ChangeView = {
  key: string;
  iso3: string;
  date: string;
  dateText: string;
  country: string;
  from: string;
  to: string;
  title: string;
  /** Says what the position was conditioned on or refused for, when the article said. */
  reasonLabel: string;
  reason: string | null;
  evidence: string;
  /** Paths, or absolute URLs when an origin is given. */
  articleUrl: string;
  mapUrl: string;
  stance: StanceChange['to'];
};

export function articlePath(lang: Lang, change: StanceChange): string {
  const { article, evidence } = change.position;
  return `/${lang}/articles/${encodeURIComponent(article)}?mark=${evidence.start}-${evidence.end}`;
}

/** The dashboard at the change's date with the country selected: its new stance on the map and in the detail. */
export function mapPath(lang: Lang, change: StanceChange): string {
  return `/${lang}?time=${change.date}&country=${change.iso3}`;
}

export function presentChange(change: StanceChange, lang: Lang, origin = ''): ChangeView {
  const dict = getDictionary(lang);
  const strings = changesStrings(lang);
  const country = countryName(change.iso3, lang);
  const from = change.from === null ? strings.newStance : dict.stances[change.from];
  const to = dict.stances[change.to];
  const reason = change.position.reason;
  return {
    key: change.key,
    iso3: change.iso3,
    date: change.date,
    dateText: formatDate(change.date, lang),
    country,
    from,
    to,
    title: strings.entryTitle(country, from, to),
    reasonLabel: change.to === 'conditional' ? dict.detail.condition : dict.detail.reason,
    reason: reason ? reasonPhrase(reason, dict.reasons[reason.code], lang) : null,
    evidence: change.position.evidence.text,
    articleUrl: `${origin}${articlePath(lang, change)}`,
    mapUrl: `${origin}${mapPath(lang, change)}`,
    stance: change.to,
  };
}
