import type { CountryProperties, Spending, SpendingKind, SpendingUnit } from '@/lib/schema/positions';
import { latestSpending } from '@/lib/timeline/spending';

/**
 * Chart order of units and kinds. Kept here rather than imported from the schema module, which would
 * pull zod into the browser bundle; a test checks they match the schema's lists.
 */
export const CHART_UNITS: readonly SpendingUnit[] = ['pct_gdp', 'EUR', 'GBP', 'USD', 'CAD', 'AUD', 'NZD', 'JPY', 'KRW', 'NOK', 'DKK', 'SEK', 'ISK', 'CZK', 'PLN', 'CHF', 'TRY', 'HUF'];
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

/** One chart per unit: shares of GDP and money amounts never share an axis. */
export type SpendingSeries = { unit: SpendingUnit; rows: SpendingRow[] };

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
    let any = false;
    const rows = selected.map((iso3) => {
      const row: SpendingRow = { iso3, level: null, target: null, increase: null, figures: {} };
      const country = byIso.get(iso3);
      if (!country) return row;
      for (const kind of CHART_KINDS) {
        const figure = latestSpending(country, date, unit, [kind]);
        if (!figure) continue;
        any = true;
        row[kind] = figure.value;
        row.figures[kind] = figure;
      }
      return row;
    });
    if (any) series.push({ unit, rows });
  }
  return series;
}
