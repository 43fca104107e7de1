import { formatDate, formatDateAs, formatPercent } from '@/lib/i18n/format';
import { reasonPhrase } from '@/lib/i18n/reason-phrase';
import type { DatePrecision } from '@/lib/schema/articles';
import type { Dictionary, Lang } from '@/lib/i18n/langs';
import type { Spending } from '@/lib/schema/positions';
import type { AsOf } from '@/lib/timeline/steps';
import type { CountryMove } from '@/lib/timeline/compare';
import { trustOf } from '@/lib/trust/trust';
import { trustText } from '@/lib/trust/trust-text';

type Props = {
  name: string;
  asOf: AsOf | undefined;
  /** How the country moved, when two dates are compared. */
  move?: CountryMove;
  /** How precisely the date of the article behind the position is known. */
  precision?: DatePrecision;
  spending: Spending | undefined;
  dict: Dictionary;
  lang: Lang;
};

export function CountryTooltip({ name, asOf, move, precision = 'day', spending, dict, lang }: Props) {
  const reason = asOf?.position.reason;
  return (
    <>
      <strong className="map-tooltip__name">{name}</strong>
      {move ? (
        <span className="map-tooltip__move" data-movement={move.movement}>
          {dict.compare.movements[move.movement]}:{' '}
          {dict.compare.range(
            move.from ? dict.stances[move.from.stance] : dict.compare.none,
            move.to ? dict.stances[move.to.stance] : dict.compare.none,
          )}
        </span>
      ) : null}
      {asOf ? (
        <span>
          {dict.stances[asOf.stance]} · {dict.tooltip.since} {formatDate(asOf.since, lang)}
        </span>
      ) : (
        <span>{dict.tooltip.noPosition}</span>
      )}
      {reason ? (
        <span className="map-tooltip__reason">{reasonPhrase(reason, dict.reasons[reason.code], lang)}</span>
      ) : null}
      {asOf ? (
        <span className="map-tooltip__reported">
          {dict.tooltip.reported(formatDateAs(asOf.position.date, precision, lang))}
        </span>
      ) : null}
      {asOf ? (
        <span className="map-tooltip__trust" data-trust={trustOf(asOf.position)}>
          {trustText(asOf.position, dict, lang)}
          {asOf.position.conflict ? ` · ${dict.trust.conflict}` : ''}
        </span>
      ) : null}
      {spending ? (
        <span>
          {dict.tooltip.spending}: {formatPercent(spending.value, lang)}
        </span>
      ) : null}
    </>
  );
}
