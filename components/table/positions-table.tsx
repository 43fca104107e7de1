'use client';

import { memo } from 'react';
import { reasonPhrase } from '@/lib/i18n/reason-phrase';
import { useI18n } from '@/components/providers/i18n-provider';
import { NO_POSITION_COLOR, STANCE_COLORS } from '@/lib/colors/stance-colors';
import { spendingColor } from '@/lib/colors/spending-scale';
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Layer } from '@/lib/url/param-codecs';
import type { TableRow } from './table-rows';

type Props = {
  rows: readonly TableRow[];
  asOfDate: string;
  layer: Layer;
  selected: readonly string[];
  /** Countries left out for having neither a stance nor a figure; 0 while a stance filter hides rows. */
  otherCount: number;
  onSelect: (iso3: string) => void;
};

function rowColor(row: TableRow, layer: Layer): string {
  if (layer === 'spending') return row.spending ? spendingColor(row.spending.value) : NO_POSITION_COLOR;
  return row.stance ? STANCE_COLORS[row.stance] : NO_POSITION_COLOR;
}

/** The text equivalent of the map: every coloured country with the stance or figure its colour stands for. */
function PositionsTableView({ rows, asOfDate, layer, selected, otherCount, onSelect }: Props) {
  const { dict, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="positions-table">
        <caption>{dict.table.caption(formatDate(asOfDate, lang))}</caption>
        <thead>
          <tr>
            <th scope="col">{dict.table.country}</th>
            <th scope="col">{dict.table.stance}</th>
            <th scope="col">{dict.table.since}</th>
            <th scope="col">{dict.table.reason}</th>
            <th scope="col">{dict.table.spending}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={5}>{dict.table.empty}</td>
            </tr>
          ) : (
            rows.map((row) => {
              const isSelected = selected.includes(row.iso3);
              return (
                <tr key={row.iso3} data-iso3={row.iso3} className={isSelected ? 'is-selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="button--link"
                      onClick={() => onSelect(row.iso3)}
                      aria-pressed={isSelected}
                    >
                      <span className="swatch" style={{ background: rowColor(row, layer) }} aria-hidden="true" />
                      {row.name}
                    </button>
                  </th>
                  <td data-stance={row.stance ?? 'none'}>
                    {row.stance ? dict.stances[row.stance] : dict.legend.noPosition}
                  </td>
                  <td>{row.since ? <time dateTime={row.since}>{formatDate(row.since, lang)}</time> : '—'}</td>
                  <td>{row.reason ? reasonPhrase(row.reason, dict.reasons[row.reason.code], lang) : '—'}</td>
                  <td>
                    {row.spending && row.spending.unit === 'pct_gdp'
                      ? `${formatPercent(row.spending.value, lang)} (${dict.spendingKinds[row.spending.kind]})`
                      : '—'}
                  </td>
                </tr>
              );
            })
          )}
        </tbody>
        {otherCount > 0 ? (
          <tfoot>
            <tr>
              <td colSpan={5}>
                {dict.legend.noPosition}: {dict.legend.countries(formatNumber(otherCount, lang))}
              </td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** Memoised: while the slider moves it re-renders only when its deferred inputs change. */
export const PositionsTable = memo(PositionsTableView);
