'use client';

import { useI18n } from '@/components/providers/i18n-provider';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { NO_POSITION_COLOR, STANCE_COLORS } from '@/lib/colors/stance-colors';
import { SPENDING_STOPS } from '@/lib/colors/spending-scale';
import { STANCES, type Stance } from '@/lib/schema/stance';
import type { Layer } from '@/lib/url/param-codecs';
import { MOVEMENT_COLORS, unchangedColor } from '@/lib/colors/movement-colors';
import { MOVEMENTS, type MovementCounts } from '@/lib/timeline/compare';
import { LOW_CONFIDENCE } from '@/lib/trust/trust';

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
  /** Countries per movement when two dates are compared (the stance filter applied), else null. */
  movementCounts?: MovementCounts | null;
  /** Countries drawn hatched (a low-confidence automatic position in force), the stance filter applied. */
  lowConfidenceCount?: number;
};

export function Legend(props: Props) {
  const { layer, counts, noPositionCount, shown, onToggle, onShowAll, spendingKnown, movementCounts } = props;
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
      {layer === 'stance' && movementCounts ? <MovementLegend counts={movementCounts} /> : null}
      {layer === 'stance' ? (
        <p className="legend__trust" data-testid="hatch-legend">
          <span className="swatch swatch--hatch" aria-hidden="true" />
          <span className="legend__label">{dict.trust.legend(formatNumber(LOW_CONFIDENCE, lang, 2))}</span>
          <span className="legend__count">{formatNumber(props.lowConfidenceCount ?? 0, lang)}</span>
        </p>
      ) : null}
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

/** What the map's colours mean when two dates are compared, with the number of countries for each. */
function MovementLegend({ counts }: { counts: MovementCounts }) {
  const { dict, lang } = useI18n();
  return (
    <div className="legend__movement" data-testid="movement-legend">
      <h3 className="panel-subtitle">{dict.compare.heading}</h3>
      <p className="legend__hint">{dict.compare.hint}</p>
      <ul className="legend__scale">
        {MOVEMENTS.map((movement) => (
          <li key={movement} data-movement={movement}>
            <span
              className="swatch"
              style={{
                background:
                  movement === 'unchanged'
                    ? `linear-gradient(90deg, ${unchangedColor('troops_offered')} 50%, ${unchangedColor('declined')} 50%)`
                    : MOVEMENT_COLORS[movement],
              }}
              aria-hidden="true"
            />
            <span className="legend__label">{dict.compare.movements[movement]}</span>{' '}
            <span className="legend__count">{formatNumber(counts[movement], lang)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
