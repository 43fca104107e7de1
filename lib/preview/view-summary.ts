import { spendingColor, SPENDING_STOPS } from '@/lib/colors/spending-scale';
import { splitTime } from '@/lib/timeline/time-range';
import { NO_POSITION_COLOR, STANCE_COLORS } from '@/lib/colors/stance-colors';
import type { PositionsPayload } from '@/lib/data/payloads';
import { isStanceVisible, visibleStances } from '@/lib/filters/stance-filter';
import { countryName } from '@/lib/i18n/country-names';
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';
import { getDictionary, type Lang } from '@/lib/i18n/langs';
import { STANCES } from '@/lib/schema/stance';
import { buildTimelineIndex, dateRange } from '@/lib/timeline/as-of';
import type { ShareState } from '@/lib/url/share-state';

export type LegendEntry = { color: string; label: string };

/** What a picture of one view says, in its language: the link preview and the exported image draw this. */
export type ViewSummary = {
  lang: Lang;
  title: string;
  /** "As of 15 April 2025". */
  asOf: string;
  /** One sentence for og:description: "As of 15 April 2025: 2 offered, 1 conditional, 3 declined." */
  description: string;
  legendTitle: string;
  legend: LegendEntry[];
  /** Fill per iso3; countries not listed have no position (or no figure) and are drawn grey. */
  fills: Map<string, string>;
  /** Countries outside the stance filter, drawn faded. */
  dimmed: Set<string>;
  selected: string[];
  /** The selected countries with what the view says of them ("Poland: Declined"). */
  selectionLine: string | null;
  source: string;
};

/** The as-of day a view shows: its `time` (the end of a compared range), or the newest article's date when it has none. */
export function viewDate(data: PositionsPayload, state: ShareState): string | null {
  const range = dateRange(data.articles) ?? dateRange(data.countries);
  return splitTime(state.time).to ?? range?.max ?? null;
}

export function summarizeView(data: PositionsPayload, state: ShareState, lang: Lang): ViewSummary {
  const dict = getDictionary(lang);
  const index = buildTimelineIndex(data.countries);
  const date = viewDate(data, state);
  const stances = index.stancesAt(date);
  const counts = index.countsAt(date);
  const asOf = date ? dict.timeline.asOf(formatDate(date, lang)) : dict.timeline.asOf('—');
  const shown = visibleStances(state.stance);

  const fills = new Map<string, string>();
  const dimmed = new Set<string>();
  for (const country of data.countries) {
    const stance = stances.get(country.iso3);
    if (!isStanceVisible(state.stance, stance)) dimmed.add(country.iso3);
  }
  let legend: LegendEntry[];
  let legendTitle: string;
  if (state.layer === 'spending') {
    legendTitle = dict.legend.spendingTitle;
    for (const [iso3, figure] of index.spendingAt(date)) fills.set(iso3, spendingColor(figure.value));
    legend = SPENDING_STOPS.map((stop) => ({
      color: stop.color,
      label:
        stop.to === null
          ? `≥ ${formatPercent(stop.from, lang)}`
          : `${formatNumber(stop.from, lang)}–${formatPercent(stop.to, lang)}`,
    }));
    legend.push({ color: NO_POSITION_COLOR, label: dict.legend.unknown });
  } else {
    legendTitle = dict.legend.title;
    for (const [iso3, stance] of stances) fills.set(iso3, STANCE_COLORS[stance]);
    legend = shown.map((stance) => ({
      color: STANCE_COLORS[stance],
      label: `${dict.stances[stance]} (${formatNumber(counts[stance], lang)})`,
    }));
    legend.push({ color: NO_POSITION_COLOR, label: dict.legend.noPosition });
  }

  const parts = STANCES.filter((s) => shown.includes(s) && counts[s] > 0).map(
    (s) => `${formatNumber(counts[s], lang)} ${dict.preview.counted[s]}`,
  );
  const description = `${asOf}: ${parts.length ? parts.join(dict.preview.listSeparator) : dict.preview.none}.`;

  const selected = state.country.filter((iso3) => data.countries.some((c) => c.iso3 === iso3));
  const selectionLine = selected.length
    ? selected
        .map((iso3) => {
          const stance = stances.get(iso3);
          return `${countryName(iso3, lang)}: ${stance ? dict.stances[stance] : dict.legend.noPosition}`;
        })
        .join(' · ')
    : null;

  return {
    lang,
    title: `${dict.app.title} — ${state.layer === 'spending' ? dict.layer.spending : dict.legend.title}`,
    asOf,
    description: selectionLine ? `${description} ${selectionLine}.` : description,
    legendTitle,
    legend,
    fills,
    dimmed,
    selected,
    selectionLine,
    source: `${dict.preview.source} · ${dict.map.credit}`,
  };
}
