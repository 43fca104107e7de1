import type { CountryProperties, Spending, SpendingKind, SpendingUnit } from '@/lib/schema/positions';
import { latestSpending } from '@/lib/timeline/spending';

/**
 * Chart order of units and kinds. Kept here rather than imported from the schema module, which would
 * pull zod into the browser bundle; a test checks they match the schema's lists.
 */
export const CHART_UNITS: readonly SpendingUnit[] = [
  'pct_gdp',
  'EUR',
  'GBP',
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
  'KRW',
  'NOK',
  'DKK',
  'SEK',
  'ISK',
  'CZK',
  'PLN',
  'CHF',
  'TRY',
  'HUF',
  'CNY',
  'INR',
  'TWD',
  'BGN',
  'RON',
  'SAR',
  'QAR',
  'OMR',
  'AED',
  'KWD',
  'BHD',
  'TND',
  'DZD',
  'MAD',
  'IQD',
  'JOD',
  'LYD',
  'RSD',
  'BRL',
  'MXN',
  'ARS',
  'CLP',
  'COP',
];
export const CHART_KINDS: readonly SpendingKind[] = ['level', 'target', 'increase'];

export type SpendingRow = {
  iso3: string;
  /** Flat numbers for chart data keys; null where this kind of figure is unknown. */
  level: number | null;
  target: number | null;
  increase: number | null;
  /** The figures behind the numbers, for tooltips and evidence. */
  figures: Partial<Record<SpendingKind, Spending>>;
};

/**
 * One chart per unit: shares of GDP and money amounts never share an axis. `missing` are the selected countries
 * with no figure in this unit: they are named under the chart, never drawn as an empty slot that reads as zero.
 */
export type SpendingSeries = { unit: SpendingUnit; rows: SpendingRow[]; missing: string[] };

/**
 * Latest figure of each kind per selected country as of `date`, grouped by unit (% of GDP first),
 * countries in selection order. Units nobody selected has a figure in are left out.
 */
export function spendingByCountry(
  countries: readonly CountryProperties[],
  selected: readonly string[],
  date: string | null,
): SpendingSeries[] {
  const byIso = new Map(countries.map((c) => [c.iso3, c]));
  const series: SpendingSeries[] = [];
  for (const unit of CHART_UNITS) {
    const rows: SpendingRow[] = [];
    const missing: string[] = [];
    for (const iso3 of selected) {
      const row: SpendingRow = { iso3, level: null, target: null, increase: null, figures: {} };
      const country = byIso.get(iso3);
      for (const kind of CHART_KINDS) {
        const figure = country ? latestSpending(country, date, unit, [kind]) : undefined;
        if (!figure) continue;
        row[kind] = figure.value;
        row.figures[kind] = figure;
      }
      if (CHART_KINDS.some((kind) => row[kind] !== null)) rows.push(row);
      else missing.push(iso3);
    }
    if (rows.length > 0) series.push({ unit, rows, missing });
  }
  return series;
}
