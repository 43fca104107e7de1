import type { CSSProperties } from 'react';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import type { ChangesStrings } from '@/lib/i18n/changes-strings';
import type { ChangeView } from '@/lib/changes/present';
import styles from './changes.module.css';

type Props = { entry: ChangeView; strings: ChangesStrings };

/** One change: country and date, from → to, the reason, the Arabic evidence, the article and the map at that date. */
export function ChangeEntry({ entry, strings }: Props) {
  const colour = { '--stance': STANCE_COLORS[entry.stance] } as CSSProperties;
  return (
    <li className={styles.entry} style={colour} data-key={entry.key} data-iso3={entry.iso3} data-stance={entry.stance}>
      <article aria-labelledby={`change-${entry.key}`}>
        <div className={styles.entryHead}>
          <h3 className={styles.entryTitle} id={`change-${entry.key}`}>
            {entry.country}
          </h3>
          <time dateTime={entry.date}>{entry.dateText}</time>
        </div>
        <p className={styles.change}>
          <span className={styles.from}>{entry.from}</span>
          <span aria-hidden="true">{strings.arrow}</span>
          <span className="visually-hidden">{` ${strings.to.toLowerCase()} `}</span>
          <span className="stance-chip">
            <span className="swatch" style={{ background: STANCE_COLORS[entry.stance] }} aria-hidden="true" />
            {entry.to}
          </span>
        </p>
        {entry.reason ? (
          <p className={styles.reason}>
            <strong>{entry.reasonLabel}: </strong>
            {entry.reason}
          </p>
        ) : null}
        <figure className="evidence">
          <blockquote lang="ar" dir="rtl" className="evidence__text">
            {entry.evidence}
          </blockquote>
        </figure>
        <p className={styles.links}>
          <a href={entry.articleUrl}>{strings.openArticle}</a>
          <a href={entry.mapUrl} data-map-link="">
            {strings.openMap}
          </a>
        </p>
      </article>
    </li>
  );
}
