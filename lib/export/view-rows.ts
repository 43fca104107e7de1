import { en } from '@/lib/i18n/dictionaries/en';
import { reasonPhrase } from '@/lib/i18n/reason-phrase';
import type { DatePrecision } from '@/lib/schema/articles';
import type { CountryProperties } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import { isStanceVisible } from '@/lib/filters/stance-filter';
import { MAP_SPENDING_KINDS, latestSpending } from '@/lib/timeline/spending';
import type { AsOf } from '@/lib/timeline/steps';

export type ViewExportInput = {
  countries: readonly CountryProperties[];
  /** As-of positions for the view's date, e.g. index.asOfAt(time). */
  asOf: ReadonlyMap<string, AsOf>;
  /** The date the view shows (the resolved `time`, the latest date when absent). */
  date: string;
  /** The URL's stance filter; empty = all. */
  stances: readonly Stance[];
  /** How precisely each article's date is known, by article id (day when unknown). */
  precisionOf?: (article: string) => DatePrecision | undefined;
};

export type ExportRow = {
  iso3: string;
  name_en: string;
  name_ar: string;
  as_of: string;
  stance: Stance | null;
  since: string | null;
  position_date: string | null;
  position_date_precision: DatePrecision | null;
  reason_code: string | null;
  /** The reason as an English phrase, naming what it names ("Threat on its border from Belarus"). */
  reason_en: string | null;
  /** ISO3 codes and bodies the reason names, '~'-separated. */
  reason_names: string | null;
  reason_text: string | null;
  evidence_ar: string | null;
  article: string | null;
  spending_pct_gdp: number | null;
  spending_kind: string | null;
  spending_year: number | null;
  spending_date: string | null;
};

export const EXPORT_COLUMNS = [
  'iso3',
  'name_en',
  'name_ar',
  'as_of',
  'stance',
  'since',
  'position_date',
  'position_date_precision',
  'reason_code',
  'reason_en',
  'reason_names',
  'reason_text',
  'evidence_ar',
  'article',
  'spending_pct_gdp',
  'spending_kind',
  'spending_year',
  'spending_date',
] as const satisfies readonly (keyof ExportRow)[];

/**
 * The rows the table shows for this view: countries with a position or a spending figure as of the
 * date; with a stance filter, only countries whose stance passes it. Sorted by iso3.
 */
export function viewRows({ countries, asOf, date, stances, precisionOf }: ViewExportInput): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const c of [...countries].sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1))) {
    const a = asOf.get(c.iso3);
    if (stances.length > 0 && !(a && isStanceVisible(stances, a.stance))) continue;
    const figure = latestSpending(c, date, 'pct_gdp', MAP_SPENDING_KINDS);
    if (!a && !figure) continue;
    rows.push({
      iso3: c.iso3,
      name_en: c.name.en,
      name_ar: c.name.ar,
      as_of: date,
      stance: a?.stance ?? null,
      since: a?.since ?? null,
      position_date: a?.position.date ?? null,
      position_date_precision: a ? (precisionOf?.(a.position.article) ?? 'day') : null,
      reason_code: a?.position.reason?.code ?? null,
      reason_en: a?.position.reason ? reasonPhrase(a.position.reason, en.reasons[a.position.reason.code], 'en') : null,
      reason_names: a?.position.reason?.names?.join('~') ?? null,
      reason_text: a?.position.reason?.text ?? null,
      evidence_ar: a?.position.evidence.text ?? null,
      article: a?.position.article ?? null,
      spending_pct_gdp: figure?.value ?? null,
      spending_kind: figure?.kind ?? null,
      spending_year: figure?.year ?? null,
      spending_date: figure?.date ?? null,
    });
  }
  return rows;
}
