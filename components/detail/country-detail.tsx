'use client';

import { trustOf } from '@/lib/trust/trust';
import { trustText } from '@/lib/trust/trust-text';
import { memo } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import { formatDate, formatDateAs, formatMoney, formatPercent, formatYear } from '@/lib/i18n/format';
import { reasonPhrase } from '@/lib/i18n/reason-phrase';
import type { Lang } from '@/lib/i18n/langs';
import type { ArticleMeta } from '@/lib/schema/articles';
import type { CountryProperties, Spending } from '@/lib/schema/positions';
import type { AsOf } from '@/lib/timeline/steps';
import type { CountryMove } from '@/lib/timeline/compare';
import { EvidenceQuote } from './evidence-quote';

type Props = {
  country: CountryProperties | undefined;
  iso3: string;
  name: string;
  asOf: AsOf | undefined;
  asOfDate: string;
  /** How the country moved, when two dates are compared (the start date is `move`'s own). */
  move?: CountryMove;
  compareFrom?: string | null;
  articles: ReadonlyMap<string, ArticleMeta>;
};

function spendingValue(figure: Spending, lang: Lang): string {
  return figure.unit === 'pct_gdp' ? formatPercent(figure.value, lang) : formatMoney(figure.value, figure.unit, lang);
}

/** Everything recorded about the first selected country, each fact with its Arabic evidence. */
function CountryDetailView({ country, iso3, name, asOf, asOfDate, move, compareFrom, articles }: Props) {
  const { dict, lang } = useI18n();
  const positions = [...(country?.positions ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const spending = [...(country?.spending ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return (
    <section className="detail" aria-labelledby="detail-title" data-iso3={iso3}>
      <h2 id="detail-title" className="detail__title">
        {name}
      </h2>
      <p className="detail__current">
        {asOf ? (
          <>
            <span className="swatch" style={{ background: STANCE_COLORS[asOf.stance] }} aria-hidden="true" />
            {dict.detail.currentStance(dict.stances[asOf.stance], formatDate(asOf.since, lang))}
          </>
        ) : (
          dict.detail.notYet
        )}
      </p>

      {move && compareFrom ? (
        <div className="detail__move" data-testid="detail-move" data-movement={move.movement}>
          <h3 className="panel-subtitle">
            {dict.compare.movements[move.movement]}:{' '}
            {dict.compare.range(formatDate(compareFrom, lang), formatDate(asOfDate, lang))}
          </h3>
          <ol className="fact-list">
            {[move.from, move.to].map((end, i) => (
              <li key={i} className="fact">
                <div className="fact__head">
                  <strong>{i === 0 ? dict.compare.fromLabel : dict.compare.toLabel}</strong>
                  <span className="stance-chip">
                    {end ? (
                      <span className="swatch" style={{ background: STANCE_COLORS[end.stance] }} aria-hidden="true" />
                    ) : null}
                    {end ? dict.stances[end.stance] : dict.compare.none}
                  </span>
                </div>
                {end ? (
                  <EvidenceQuote
                    evidence={end.position.evidence}
                    articleId={end.position.article}
                    article={articles.get(end.position.article)}
                    lang={lang}
                    dict={dict}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      <h3 className="panel-subtitle">{dict.detail.positions}</h3>
      {positions.length === 0 ? (
        <p className="muted">{dict.detail.noPositions}</p>
      ) : (
        <ol className="fact-list">
          {positions.map((p) => (
            <li key={`${p.article}:${p.evidence.start}`} className={p.date > asOfDate ? 'fact fact--future' : 'fact'}>
              <div className="fact__head">
                <time dateTime={p.date}>
                  {formatDateAs(p.date, articles.get(p.article)?.date_precision ?? 'day', lang)}
                </time>
                <span className="stance-chip">
                  <span className="swatch" style={{ background: STANCE_COLORS[p.stance] }} aria-hidden="true" />
                  {dict.stances[p.stance]}
                </span>
                {p.reviewed ? <span className="badge">{dict.detail.reviewed}</span> : null}
              </div>
              <p className="fact__trust" data-trust={trustOf(p)}>
                {trustText(p, dict, lang)}
                {p.conflict ? ` · ${dict.trust.conflict}` : ''}
              </p>
              {p.reason ? (
                <p className="fact__reason">
                  <strong>{p.stance === 'conditional' ? dict.detail.condition : dict.detail.reason}: </strong>
                  {reasonPhrase(p.reason, dict.reasons[p.reason.code], lang)}
                  {' — '}
                  <span lang="ar" dir="rtl">
                    {p.reason.text}
                  </span>
                </p>
              ) : null}
              <EvidenceQuote
                evidence={p.evidence}
                articleId={p.article}
                article={articles.get(p.article)}
                lang={lang}
                dict={dict}
              />
            </li>
          ))}
        </ol>
      )}

      <h3 className="panel-subtitle">{dict.detail.spending}</h3>
      {spending.length === 0 ? (
        <p className="muted">{dict.detail.noSpending}</p>
      ) : (
        <ol className="fact-list">
          {spending.map((s) => (
            <li key={`${s.article}:${s.evidence.start}`} className={s.date > asOfDate ? 'fact fact--future' : 'fact'}>
              <div className="fact__head">
                <time dateTime={s.date}>{formatDate(s.date, lang)}</time>
                <span className="fact__value">{spendingValue(s, lang)}</span>
                <span className="badge">{dict.spendingKinds[s.kind]}</span>
                {s.year ? <span className="muted">{dict.detail.year(formatYear(s.year, lang))}</span> : null}
              </div>
              <EvidenceQuote
                evidence={s.evidence}
                articleId={s.article}
                article={articles.get(s.article)}
                lang={lang}
                dict={dict}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Memoised: while the slider moves it re-renders only when its deferred inputs change. */
export const CountryDetail = memo(CountryDetailView);
