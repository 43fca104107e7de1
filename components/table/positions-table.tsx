'use client';

import { memo, useId } from 'react';
import { reasonPhrase } from '@/lib/i18n/reason-phrase';
import { useI18n } from '@/components/providers/i18n-provider';
import { NO_POSITION_COLOR, STANCE_COLORS } from '@/lib/colors/stance-colors';
import { spendingColor } from '@/lib/colors/spending-scale';
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';
import { TABLE_SORTS, type Layer, type TableSort } from '@/lib/url/param-codecs';
import { TRUST_LEVELS, type Trust } from '@/lib/trust/trust';
import type { Dictionary } from '@/lib/i18n/langs';
import { trustText } from '@/lib/trust/trust-text';
import type { TableRow } from './table-rows';

type Props = {
  rows: readonly TableRow[];
  asOfDate: string;
  layer: Layer;
  selected: readonly string[];
  /** Countries left out for having neither a stance nor a figure; 0 while a stance filter hides rows. */
  otherCount: number;
  /** Trust levels shown (empty: all) and the order of the rows, both from the URL. */
  trust: readonly Trust[];
  sort: TableSort;
  /** Two dates are compared: the stance column shows from → to. */
  comparing: boolean;
  onSelect: (iso3: string) => void;
  onTrust: (trust: Trust[]) => void;
  onSort: (sort: TableSort) => void;
};

const COLUMNS = 6;

function rowColor(row: TableRow, layer: Layer): string {
  if (layer === 'spending') return row.spending ? spendingColor(row.spending.value) : NO_POSITION_COLOR;
  return row.stance ? STANCE_COLORS[row.stance] : NO_POSITION_COLOR;
}

function StanceCell({ row, comparing, dict }: { row: TableRow; comparing: boolean; dict: Dictionary }) {
  if (comparing && row.move) {
    const { from, to } = row.move;
    return (
      <td data-stance={row.stance ?? 'none'} data-movement={row.move.movement}>
        {dict.compare.range(
          from ? dict.stances[from.stance] : dict.compare.none,
          to ? dict.stances[to.stance] : dict.compare.none,
        )}
        <span className="positions-table__note">{dict.compare.movements[row.move.movement]}</span>
      </td>
    );
  }
  return <td data-stance={row.stance ?? 'none'}>{row.stance ? dict.stances[row.stance] : dict.legend.noPosition}</td>;
}

/** The order and trust filter of the table, written to the URL like every other choice. */
function TableControls(props: Pick<Props, 'trust' | 'sort' | 'onTrust' | 'onSort'>) {
  const { dict } = useI18n();
  const id = useId();
  const single = props.trust.length === 1 ? props.trust[0] : '';
  return (
    <div className="table-controls">
      <label htmlFor={`${id}-sort`}>{dict.trust.sortBy}</label>
      <select id={`${id}-sort`} value={props.sort} onChange={(e) => props.onSort(e.target.value as TableSort)}>
        {TABLE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {dict.trust.sorts[sort]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-trust`}>{dict.trust.filter}</label>
      <select
        id={`${id}-trust`}
        value={single}
        onChange={(e) => props.onTrust(e.target.value ? [e.target.value as Trust] : [])}
      >
        <option value="">{dict.trust.all}</option>
        {/* A link may name two levels; it is shown as it is until the reader picks one. */}
        {props.trust.length > 1 ? (
          <option value="">{props.trust.map((t) => dict.trust.levels[t]).join(', ')}</option>
        ) : null}
        {TRUST_LEVELS.map((level) => (
          <option key={level} value={level}>
            {dict.trust.levels[level]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The text equivalent of the map: every coloured country with the stance or figure its colour stands for. */
function PositionsTableView(props: Props) {
  const { rows, asOfDate, layer, selected, otherCount, sort, comparing, onSelect } = props;
  const { dict, lang } = useI18n();
  const ariaSort = (column: TableSort) =>
    sort === column ? (column === 'since' ? 'descending' : 'ascending') : undefined;
  return (
    <div className="table-wrap">
      <TableControls trust={props.trust} sort={sort} onTrust={props.onTrust} onSort={props.onSort} />
      <table className="positions-table">
        <caption>{dict.table.caption(formatDate(asOfDate, lang))}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('name')}>
              {dict.table.country}
            </th>
            <th scope="col" aria-sort={ariaSort('stance')}>
              {comparing ? dict.compare.fromTo : dict.table.stance}
            </th>
            <th scope="col" aria-sort={ariaSort('since')}>
              {dict.table.since}
            </th>
            <th scope="col">{dict.table.reason}</th>
            <th scope="col" aria-sort={ariaSort('trust')}>
              {dict.trust.column}
            </th>
            <th scope="col">{dict.table.spending}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS}>{dict.table.empty}</td>
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
                  <StanceCell row={row} comparing={comparing} dict={dict} />
                  <td>{row.since ? <time dateTime={row.since}>{formatDate(row.since, lang)}</time> : '—'}</td>
                  <td>{row.reason ? reasonPhrase(row.reason, dict.reasons[row.reason.code], lang) : '—'}</td>
                  <td data-trust={row.trust ?? 'none'}>
                    {row.position ? trustText(row.position, dict, lang) : '—'}
                    {row.conflict ? <span className="positions-table__note">{dict.trust.conflict}</span> : null}
                  </td>
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
              <td colSpan={COLUMNS}>
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
