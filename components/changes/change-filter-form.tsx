import { STANCES } from '@/lib/schema/stance';
import type { ChangeFilter } from '@/lib/changes/filter';
import type { ChangesStrings } from '@/lib/i18n/changes-strings';
import type { Dictionary, Lang } from '@/lib/i18n/langs';
import styles from './changes.module.css';

type Props = {
  lang: Lang;
  filter: ChangeFilter;
  /** The countries that have changes, with their names in the page's language, in display order. */
  countries: readonly { iso3: string; name: string }[];
  /** The first and last change dates, bounds for the date inputs. */
  range: { min: string; max: string } | null;
  strings: ChangesStrings;
  dict: Dictionary;
};

/**
 * A plain GET form: it works without script and writes the filter into the address (`country=POL&country=GBR`
 * reads as `country=POL~GBR`), so every filtered list has a link to share.
 */
export function ChangeFilterForm({ lang, filter, countries, range, strings, dict }: Props) {
  return (
    <section className={styles.panel} aria-labelledby="changes-filter-title">
      <h2 className={styles.panelTitle} id="changes-filter-title">
        {strings.filters}
      </h2>
      <form className={styles.form} method="get" action={`/${lang}/changes`}>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{strings.country}</legend>
          <div className={styles.choices}>
            {countries.map((c) => (
              <label key={c.iso3} className={styles.choice}>
                <input type="checkbox" name="country" value={c.iso3} defaultChecked={filter.country.includes(c.iso3)} />
                {c.name}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{strings.stance}</legend>
          <div className={styles.choices}>
            {STANCES.map((s) => (
              <label key={s} className={styles.choice}>
                <input type="checkbox" name="stance" value={s} defaultChecked={filter.stance.includes(s)} />
                {dict.stances[s]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className={styles.dates}>
          <label className={styles.date}>
            {strings.from}
            <input type="date" name="from" defaultValue={filter.from ?? ''} min={range?.min} max={range?.max} />
          </label>
          <label className={styles.date}>
            {strings.to}
            <input type="date" name="to" defaultValue={filter.to ?? ''} min={range?.min} max={range?.max} />
          </label>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button">
            {strings.apply}
          </button>
          <a href={`/${lang}/changes`}>{strings.clear}</a>
        </div>
      </form>
    </section>
  );
}
