'use client';

import { memo } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { movementColor } from '@/lib/colors/movement-colors';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { CountryMove } from '@/lib/timeline/compare';

type Props = {
  moves: readonly CountryMove[];
  name: (iso3: string) => string;
  selected: readonly string[];
  onSelect: (iso3: string) => void;
};

/** The countries that moved between the two compared dates, biggest move first, each from → to with a reader link. */
function WhoMovedView({ moves, name, selected, onSelect }: Props) {
  const { dict, lang } = useI18n();
  const stanceName = (m: CountryMove['from']) => (m ? dict.stances[m.stance] : dict.compare.none);
  return (
    <section className="summary" aria-labelledby="moved-title" data-testid="who-moved">
      <h2 id="moved-title" className="panel-title">
        {dict.compare.whoMoved} <span className="muted">({formatNumber(moves.length, lang)})</span>
      </h2>
      {moves.length === 0 ? <p className="muted">{dict.compare.noneMoved}</p> : null}
      <ol className="summary__list">
        {moves.map((m) => {
          const end = m.to ?? m.from;
          return (
            <li key={m.iso3} data-iso3={m.iso3} data-movement={m.movement}>
              <span
                className="swatch"
                style={{ background: movementColor(m.movement, end?.stance) }}
                aria-hidden="true"
              />{' '}
              <button
                type="button"
                className="button--link"
                aria-pressed={selected.includes(m.iso3)}
                onClick={() => onSelect(m.iso3)}
              >
                {name(m.iso3)}
              </button>{' '}
              <span className="summary__reason">
                {dict.compare.movements[m.movement]}
                {m.size > 0 ? ` (${dict.compare.steps(formatNumber(m.size, lang))})` : ''}:{' '}
                {dict.compare.range(stanceName(m.from), stanceName(m.to))}
              </span>
              {end ? (
                <>
                  {' '}
                  <a
                    className="summary__link"
                    href={`/${lang}/articles/${encodeURIComponent(end.position.article)}?mark=${end.position.evidence.start}-${end.position.evidence.end}`}
                  >
                    {formatDate(end.position.date, lang)}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export const WhoMoved = memo(WhoMovedView);
