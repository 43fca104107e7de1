import type { ChangeFilter, FilterProblem } from '@/lib/changes/filter';
import type { ChangeView } from '@/lib/changes/present';
import { changesStrings } from '@/lib/i18n/changes-strings';
import { formatNumber } from '@/lib/i18n/format';
import { getDictionary, type Lang } from '@/lib/i18n/langs';
import { ChangeEntry } from './change-entry';
import { ChangeFilterForm } from './change-filter-form';
import styles from './changes.module.css';

export type ChangesPageProps = {
  lang: Lang;
  filter: ChangeFilter;
  problems: readonly FilterProblem[];
  entries: readonly ChangeView[];
  countries: readonly { iso3: string; name: string }[];
  range: { min: string; max: string } | null;
  /** This page, its feeds and the other language's page, each with the same filter. */
  links: { atom: string; json: string; otherLanguage: string };
  /** Set when the data could not be read: the page says so instead of listing. */
  unavailable: string | null;
};

/** The change feed as a page: header with the way back, the filter, what was not understood, the list. */
export function ChangesPage(props: ChangesPageProps) {
  const { lang, entries, problems, links, unavailable } = props;
  const strings = changesStrings(lang);
  const dict = getDictionary(lang);
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <div className={styles.page}>
      <a href="#main" className="skip-link">
        {dict.app.skipToContent}
      </a>
      <header className={styles.header}>
        <div>
          <p className="muted">{dict.app.title}</p>
          <h1 className={styles.title}>{strings.title}</h1>
        </div>
        <nav className={styles.nav} aria-label={dict.app.title}>
          <a className="button button--ghost" href={`/${lang}`}>
            {strings.backToMap}
          </a>
          <a className="button button--ghost" href={links.otherLanguage} hrefLang={other} lang={other}>
            {strings.otherLanguage}
          </a>
        </nav>
      </header>
      <main id="main" data-ready="true">
        <p className={styles.intro}>{strings.intro}</p>
        {problems.length > 0 ? (
          <section className={styles.problems} role="alert" aria-labelledby="changes-problems-title">
            <h2 id="changes-problems-title">{strings.problemsTitle}</h2>
            <ul>
              {problems.map((p) => (
                <li key={`${p.key}:${p.reason}`}>{strings.problem(p.key, p.raw, p.reason)}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <ChangeFilterForm {...props} strings={strings} dict={dict} />
        <p className={styles.feeds}>
          <span>{strings.subscribe}</span>
          <a href={links.atom} type="application/atom+xml">
            {strings.atom}
          </a>
          <a href={links.json} type="application/feed+json">
            {strings.jsonFeed}
          </a>
        </p>
        <section aria-labelledby="changes-list-title">
          <h2 className={styles.panelTitle} id="changes-list-title">
            {strings.count(formatNumber(entries.length, lang), entries.length)}
          </h2>
          {unavailable ? (
            <p className="status--error" role="alert">
              {unavailable}
            </p>
          ) : entries.length === 0 ? (
            <p className="muted">{strings.none}</p>
          ) : (
            <ol className="fact-list">
              {entries.map((entry) => (
                <ChangeEntry key={entry.key} entry={entry} strings={strings} />
              ))}
            </ol>
          )}
        </section>
      </main>
    </div>
  );
}
