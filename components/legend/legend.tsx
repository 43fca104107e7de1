'use client';

import { useI18n } from '@/components/providers/i18n-provider';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { NO_POSITION_COLOR, STANCE_COLORS } from '@/lib/colors/stance-colors';
import { SPENDING_STOPS } from '@/lib/colors/spending-scale';
import { STANCES, type Stance } from '@/lib/schema/stance';
import type { Layer } from '@/lib/url/param-codecs';

type Props = {
  layer: Layer;
  counts: Readonly<Record<Stance, number>>;
  noPositionCount: number;
  /** Stances shown; empty means all. */
  shown: readonly Stance[];
  onToggle: (stance: Stance) => void;
  onShowAll: () => void;
  /** Countries with a share-of-GDP figure as of the date, and countries on the map, for the spending layer. */
  spendingKnown?: { known: number; all: number };
};

export function Legend({ layer, counts, noPositionCount, shown, onToggle, onShowAll, spendingKnown }: Props) {
  const { dict, lang } = useI18n();
  const all = shown.length === 0;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="panel-title">
        {dict.legend.title}
      </h2>
      <p className="legend__hint" id="legend-hint">
        {dict.legend.toggleHint}
      </p>
      <ul className="legend__list" aria-describedby="legend-hint">
        {STANCES.map((stance) => {
          const visible = all || shown.includes(stance);
          return (
            <li key={stance}>
              <button
                type="button"
                className="legend__item"
                aria-pressed={visible}
                data-stance={stance}
                onClick={() => onToggle(stance)}
              >
                <span className="swatch" style={{ background: STANCE_COLORS[stance] }} aria-hidden="true" />
                <span className="legend__label">{dict.stances[stance]}</span>
                <span className="legend__count">{formatNumber(counts[stance], lang)}</span>
              </button>
            </li>
          );
        })}
        <li>
          <span className="legend__item legend__item--static">
            <span className="swatch swatch--none" style={{ background: NO_POSITION_COLOR }} aria-hidden="true" />
            <span className="legend__label">{dict.legend.noPosition}</span>
            <span className="legend__count">{formatNumber(noPositionCount, lang)}</span>
          </span>
        </li>
      </ul>
      {!all ? (
        <button type="button" className="button button--link" onClick={onShowAll}>
          {dict.legend.showAll}
        </button>
      ) : null}
      {layer === 'spending' ? <SpendingLegend known={spendingKnown} /> : null}
    </section>
  );
}

function SpendingLegend({ known }: { known?: { known: number; all: number } }) {
  const { dict, lang } = useI18n();
  return (
    <div className="legend__spending">
      <h3 className="panel-subtitle">{dict.legend.spendingTitle}</h3>
      {known ? (
        <p className="legend__hint" data-testid="spending-count">
          {dict.legend.spendingCount(known.known, known.all)}
        </p>
      ) : null}
      <ul className="legend__scale">
        {SPENDING_STOPS.map((stop) => (
          <li key={stop.from}>
            <span className="swatch" style={{ background: stop.color }} aria-hidden="true" />
            {stop.to === null
              ? `≥ ${formatPercent(stop.from, lang)}`
              : `${formatPercent(stop.from, lang)} – ${formatPercent(stop.to, lang)}`}
          </li>
        ))}
        <li>
          <span className="swatch swatch--none" style={{ background: NO_POSITION_COLOR }} aria-hidden="true" />
          {dict.legend.unknown}
        </li>
      </ul>
    </div>
  );
}
