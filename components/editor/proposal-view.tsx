'use client';

import { useI18n } from '@/components/providers/i18n-provider';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import type { FigureProposal, PositionProposal } from '@/lib/editor/contract';
import { isPositionProposal } from '@/lib/editor/client/highlights';
import { formatDate, formatMoney, formatPercent, formatYear } from '@/lib/i18n/format';
import { editorStrings } from '@/lib/i18n/editor-strings';
import styles from './editor.module.css';

/** A figure as the public pages write it: "2.5 %" or "€ 3 bn". */
export function figureValue(p: FigureProposal, lang: 'en' | 'ar'): string {
  return p.unit === 'pct_gdp' ? formatPercent(p.value, lang) : formatMoney(p.value, p.unit, lang);
}

/** What an item says (a stance with its reason, or a figure) and its date, as a description list. */
export function ProposalView({ proposal, date }: { proposal: PositionProposal | FigureProposal; date: string }) {
  const { dict, lang } = useI18n();
  const strings = editorStrings(lang);
  if (isPositionProposal(proposal)) {
    return (
      <dl className={styles.facts}>
        <dt>{strings.item.stance}</dt>
        <dd>
          <span className="stance-chip">
            <span className="swatch" style={{ background: STANCE_COLORS[proposal.stance] }} aria-hidden="true" />
            {dict.stances[proposal.stance]}
          </span>
        </dd>
        <dt>{strings.item.reason}</dt>
        <dd>
          {proposal.reason ? (
            <>
              {dict.reasons[proposal.reason.code]}
              {' — '}
              <span lang="ar" dir="rtl">
                {proposal.reason.text}
              </span>
            </>
          ) : (
            <span className="muted">{strings.item.noReason}</span>
          )}
        </dd>
        <dt>{strings.item.date}</dt>
        <dd>
          <time dateTime={date}>{formatDate(date, lang)}</time>
        </dd>
      </dl>
    );
  }
  return (
    <dl className={styles.facts}>
      <dt>{strings.item.kind}</dt>
      <dd>{dict.spendingKinds[proposal.kind]}</dd>
      <dt>{strings.item.value}</dt>
      <dd>
        <bdi>{figureValue(proposal, lang)}</bdi>
        {proposal.unit === 'pct_gdp' ? <span className="muted"> ({strings.item.pctUnit})</span> : null}
      </dd>
      <dt>{strings.item.year}</dt>
      <dd>{proposal.year ? formatYear(proposal.year, lang) : <span className="muted">{strings.item.noYear}</span>}</dd>
      <dt>{strings.item.date}</dt>
      <dd>
        <time dateTime={date}>{formatDate(date, lang)}</time>
      </dd>
    </dl>
  );
}
