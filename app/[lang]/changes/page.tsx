import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChangesPage, type ChangesPageProps } from '@/components/changes/changes-page';
import { changesPaths } from '@/lib/changes/feed-context';
import { filterChanges, parseChangeFilter } from '@/lib/changes/filter';
import { loadChanges } from '@/lib/changes/load';
import { presentChange } from '@/lib/changes/present';
import { changesStrings } from '@/lib/i18n/changes-strings';
import { countryName } from '@/lib/i18n/country-names';
import { getDictionary, isLang, type Lang } from '@/lib/i18n/langs';

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata({ params, searchParams }: PageProps<'/[lang]/changes'>): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const strings = changesStrings(lang);
  const { filter } = parseChangeFilter((await searchParams) as Search);
  const paths = changesPaths(lang, filter);
  return {
    title: `${strings.title} · ${getDictionary(lang).app.title}`,
    description: strings.feedDescription,
    alternates: {
      canonical: paths.page,
      // Feed discovery: <link rel="alternate" type="application/atom+xml"> and the JSON Feed.
      types: {
        'application/atom+xml': [{ url: paths.atom, title: `${strings.feedTitle} (Atom)` }],
        'application/feed+json': [{ url: paths.json, title: `${strings.feedTitle} (JSON Feed)` }],
      },
    },
  };
}

async function pageProps(lang: Lang, search: Search): Promise<ChangesPageProps> {
  const { filter, problems } = parseChangeFilter(search);
  const paths = changesPaths(lang, filter);
  const other = lang === 'ar' ? 'en' : 'ar';
  const links = { atom: paths.atom, json: paths.json, otherLanguage: changesPaths(other, filter).page };
  const base = { lang, filter, problems, links };
  try {
    const loaded = await loadChanges();
    const dates = loaded.changes.map((c) => c.date).sort();
    const collator = new Intl.Collator(lang);
    return {
      ...base,
      entries: filterChanges(loaded.changes, filter).map((c) => presentChange(c, lang)),
      countries: loaded.countries
        .map((iso3) => ({ iso3, name: countryName(iso3, lang) }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      range: dates.length > 0 ? { min: dates[0]!, max: dates.at(-1)! } : null,
      unavailable: null,
    };
  } catch (error) {
    console.error('[changes] data unavailable', error);
    return { ...base, entries: [], countries: [], range: null, unavailable: getDictionary(lang).status.error };
  }
}

export default async function ChangesRoute({ params, searchParams }: PageProps<'/[lang]/changes'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return <ChangesPage {...await pageProps(lang, (await searchParams) as Search)} />;
}
