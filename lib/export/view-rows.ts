import { en } from '@/lib/i18n/dictionaries/en';
import { reasonPhrase } from '@/lib/i18n/reason-phrase';
import type { DatePrecision } from '@/lib/schema/articles';
import type { CountryProperties } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import { isStanceVisible } from '@/lib/filters/stance-filter';
import { MAP_SPENDING_KINDS, latestSpending } from '@/lib/timeline/spending';
import type { AsOf } from '@/lib/timeline/steps';
import { compareAsOf, moveStance, type Movement } from '@/lib/timeline/compare';
import { isTrustVisible, trustOf, type Trust } from '@/lib/trust/trust';

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
  /** The table's trust filter (empty = all): the export holds the rows the table shows. */
  trust?: readonly Trust[];
  /** When two dates are compared: the start of the range and the positions in force then. */
  from?: { date: string; asOf: ReadonlyMap<string, AsOf> } | null;
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
  /** Who vouches for the position: reviewed, automatic, or low (automatic below LOW_CONFIDENCE). */
  trust: Trust | null;
  confidence: number | null;
  conflict: boolean | null;
};

/** The start of a compared range, and how the country moved from it to the end (`as_of`). */
export type RangeColumns = {
  from_date: string;
  from_stance: Stance | null;
  from_since: string | null;
  from_evidence_ar: string | null;
  from_article: string | null;
  movement: Movement;
  /** Steps moved on the troop scale (TROOP_RANK): positive towards troops, negative away. */
  move_size: number;
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
  'trust',
  'confidence',
  'conflict',
] as const satisfies readonly (keyof ExportRow)[];

/** Appended when two dates are compared. */
export const RANGE_COLUMNS = [
  'from_date',
  'from_stance',
  'from_since',
  'from_evidence_ar',
  'from_article',
  'movement',
  'move_size',
] as const satisfies readonly (keyof RangeColumns)[];

export type ViewRow = ExportRow & Partial<RangeColumns>;

/** The columns of a view's export: the range's columns come after the rest, only when comparing. */
export function exportColumns(input: Pick<ViewExportInput, 'from'>): readonly (keyof ViewRow)[] {
  return input.from ? [...EXPORT_COLUMNS, ...RANGE_COLUMNS] : EXPORT_COLUMNS;
}

/**
 * The rows the table shows for this view: countries with a position or a spending figure as of the
 * date (comparing two dates: also those with a position at the start); with a stance filter, only countries
 * whose stance passes it (comparing: the stance at the end, or at the start for one no longer reported, as on the
 * map). Sorted by iso3.
 */
export function viewRows(input: ViewExportInput): ViewRow[] {
  const { countries, asOf, date, stances, precisionOf } = input;
  const moves = input.from ? compareAsOf(input.from.asOf, asOf) : null;
  const rows: ViewRow[] = [];
  for (const c of [...countries].sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1))) {
    const a = asOf.get(c.iso3);
    const move = moves?.get(c.iso3);
    const stance = moves ? moveStance(move) : a?.stance;
    if (stances.length > 0 && !(stance && isStanceVisible(stances, stance))) continue;
    const figure = latestSpending(c, date, 'pct_gdp', MAP_SPENDING_KINDS);
    if (!a && !figure && !move) continue;
    // As in the table, a country no longer reported at the end is judged by its position at the start.
    const held = a ?? move?.from;
    if (!isTrustVisible(input.trust ?? [], held ? trustOf(held.position) : null)) continue;
    const range: Partial<RangeColumns> =
      input.from && move
        ? {
            from_date: input.from.date,
            from_stance: move.from?.stance ?? null,
            from_since: move.from?.since ?? null,
            from_evidence_ar: move.from?.position.evidence.text ?? null,
            from_article: move.from?.position.article ?? null,
            movement: move.movement,
            move_size: move.size,
          }
        : {};
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
      trust: a ? trustOf(a.position) : null,
      confidence: a?.position.confidence ?? null,
      conflict: a ? a.position.conflict === true : null,
      ...range,
    });
  }
  return rows;
}
