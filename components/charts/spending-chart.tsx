'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@/components/providers/i18n-provider';
import type { SpendingSeries } from '@/lib/charts/spending-by-country';
import { SPENDING_STOPS } from '@/lib/colors/spending-scale';
import { formatMoney, formatPercent } from '@/lib/i18n/format';
import type { SpendingKind } from '@/lib/schema/positions';
import { AXIS_TICK, CHART_STYLE, ChartFrame, legendLabel } from './chart-frame';

const KIND_COLORS: Record<SpendingKind, string> = {
  level: SPENDING_STOPS[5]?.color ?? '#993404',
  target: SPENDING_STOPS[2]?.color ?? '#FB9A29',
  increase: '#0072B2',
};

/** One chart per unit, so a share of GDP and a money amount never share an axis. */
export function SpendingChart({ series, name }: { series: SpendingSeries; name: (iso3: string) => string }) {
  const { dict, lang, dir } = useI18n();
  const rtl = dir === 'rtl';
  const format = (value: number) =>
    series.unit === 'pct_gdp' ? formatPercent(value, lang) : formatMoney(value, series.unit, lang);
  const kinds = (['level', 'target', 'increase'] as const).filter((kind) =>
    series.rows.some((row) => row[kind] !== null),
  );
  const rows = series.rows.map((row) => ({ ...row, name: name(row.iso3) }));
  const title = series.unit === 'pct_gdp' ? dict.charts.spendingPct : dict.charts.spendingMoney(series.unit);
  return (
    <ChartFrame
      id={`chart-spending-${series.unit}`}
      title={title}
      note={series.missing.length > 0 ? dict.charts.noFigureFor(series.missing.map(name)) : undefined}
    >
      <BarChart data={rows} style={CHART_STYLE} responsive margin={{ top: 12, right: 16, left: 16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" reversed={rtl} tick={AXIS_TICK} interval={0} angle={-20} textAnchor="end" height={56} />
        <YAxis
          orientation={rtl ? 'right' : 'left'}
          tick={AXIS_TICK}
          width={series.unit === 'pct_gdp' ? 48 : 84}
          tickFormatter={format}
        />
        <Tooltip
          formatter={(value, key) => [format(Number(value)), dict.spendingKinds[key as SpendingKind] ?? String(key)]}
        />
        <Legend formatter={(key) => legendLabel(dict.spendingKinds[key as SpendingKind] ?? String(key))} />
        {kinds.map((kind) => (
          <Bar key={kind} dataKey={kind} fill={KIND_COLORS[kind]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
