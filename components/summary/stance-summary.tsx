'use client';

import { memo } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import { formatNumber } from '@/lib/i18n/format';
import { reasonPhrase } from '@/lib/i18n/reason-phrase';
import type { SummaryGroup } from '@/lib/summary/who-is-where';

type Props = { groups: readonly SummaryGroup[]; selected: readonly string[]; onSelect: (iso3: string) => void };

/** Who is where at a glance: every country with a position as of the date, by stance, each with its one-line reason. */
function StanceSummaryView({ groups, selected, onSelect }: Props) {
  const { dict, lang } = useI18n();
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="panel-title">
        {dict.summary.title}
      </h2>
      {groups.length === 0 ? <p className="muted">{dict.summary.empty}</p> : null}
      {groups.map((group) => (
        <div key={group.stance} className="summary__group" data-stance={group.stance}>
          <h3 className="summary__stance">
            <span className="swatch" style={{ background: STANCE_COLORS[group.stance] }} aria-hidden="true" />
            {dict.stances[group.stance]} <span className="muted">({formatNumber(group.countries.length, lang)})</span>
          </h3>
          <ul className="summary__list">
            {group.countries.map((c) => (
              <li key={c.iso3} data-iso3={c.iso3}>
                <button
                  type="button"
                  className="button--link"
                  aria-pressed={selected.includes(c.iso3)}
                  onClick={() => onSelect(c.iso3)}
                >
                  {c.name}
                </button>
                {c.reason ? (
                  <span className="summary__reason">
                    {' '}
                    — {reasonPhrase(c.reason, dict.reasons[c.reason.code], lang)}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export const StanceSummary = memo(StanceSummaryView);
