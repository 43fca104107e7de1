'use client';

import dynamic from 'next/dynamic';
import { useI18n } from '@/components/providers/i18n-provider';
import { LoadingState } from '@/components/status/status-message';

/** Recharts is loaded with the charts, after the map and table, never with the first page. */
export const LazyCharts = dynamic(() => import('./charts-panel').then((mod) => mod.ChartsPanel), {
  ssr: false,
  loading: ChartsLoading,
});

function ChartsLoading() {
  const { dict } = useI18n();
  return (
    <div className="charts__loading">
      <LoadingState label={dict.charts.loading} />
    </div>
  );
}
