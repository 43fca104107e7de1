'use client';

import { useI18n } from '@/components/providers/i18n-provider';
import type { CountryProperties } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';

export type ChartsPanelProps = {
  countries: readonly CountryProperties[];
  date: string;
  range: { min: string; max: string };
  selected: readonly string[];
  stances: readonly Stance[];
  name: (iso3: string) => string;
};

export function ChartsPanel(_props: ChartsPanelProps) {
  const { dict } = useI18n();
  return (
    <section className="charts" aria-labelledby="charts-title">
      <h2 id="charts-title" className="charts__heading">
        {dict.charts.heading}
      </h2>
    </section>
  );
}
