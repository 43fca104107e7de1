import { formatDate, formatPercent } from '@/lib/i18n/format';
import type { Dictionary, Lang } from '@/lib/i18n/langs';
import type { Spending } from '@/lib/schema/positions';
import type { AsOf } from '@/lib/timeline/steps';

type Props = { name: string; asOf: AsOf | undefined; spending: Spending | undefined; dict: Dictionary; lang: Lang };

export function CountryTooltip({ name, asOf, spending, dict, lang }: Props) {
  const reason = asOf?.position.reason;
  return (
    <>
      <strong className="map-tooltip__name">{name}</strong>
      {asOf ? (
        <span>
          {dict.stances[asOf.stance]} · {dict.tooltip.since} {formatDate(asOf.since, lang)}
        </span>
      ) : (
        <span>{dict.tooltip.noPosition}</span>
      )}
      {reason ? (
        <span className="map-tooltip__reason">
          {dict.reasons[reason.code]}
          {reason.text ? (
            <>
              {': '}
              <span lang="ar" dir="rtl">
                {reason.text}
              </span>
            </>
          ) : null}
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
