'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@/components/providers/i18n-provider';
import type { ReasonRow } from '@/lib/charts/reason-counts';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import { formatNumber } from '@/lib/i18n/format';
import { STANCES, type Stance } from '@/lib/schema/stance';
import { AXIS_TICK, CHART_STYLE, ChartFrame, legendLabel } from './chart-frame';

/** Reasons and conditions by category, each bar split by the stance that gave them. */
export function ReasonsChart({ rows }: { rows: ReasonRow[] }) {
  const { dict, lang, dir } = useI18n();
  const rtl = dir === 'rtl';
  const stances = STANCES.filter((s) => rows.some((row) => (row[s] ?? 0) > 0));
  const data = rows.map((row) => ({ ...row, label: dict.reasons[row.code] }));
  return (
    <ChartFrame id="chart-reasons" title={dict.charts.reasons} empty={rows.length === 0 ? dict.charts.noData : null}>
      <BarChart
        data={data}
        layout="vertical"
        style={CHART_STYLE}
        responsive
        margin={{ top: 12, right: 16, left: 8, bottom: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          allowDecimals={false}
          reversed={rtl}
          tick={AXIS_TICK}
          tickFormatter={(n: number) => formatNumber(n, lang)}
        />
        <YAxis type="category" dataKey="label" orientation={rtl ? 'right' : 'left'} tick={AXIS_TICK} width={170} />
        <Tooltip
          formatter={(value, key) => [formatNumber(Number(value), lang), dict.stances[key as Stance] ?? String(key)]}
        />
        <Legend formatter={(key) => legendLabel(dict.stances[key as Stance] ?? String(key))} />
        {stances.map((stance) => (
          <Bar key={stance} dataKey={stance} stackId="reasons" fill={STANCE_COLORS[stance]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
