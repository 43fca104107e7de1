import { spendingColor, SPENDING_STOPS } from '@/lib/colors/spending-scale';
import { splitTime } from '@/lib/timeline/time-range';
import { NO_POSITION_COLOR, STANCE_COLORS } from '@/lib/colors/stance-colors';
import type { PositionsPayload } from '@/lib/data/payloads';
import { isStanceVisible, visibleStances } from '@/lib/filters/stance-filter';
import { countryName } from '@/lib/i18n/country-names';
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';
import { getDictionary, type Lang } from '@/lib/i18n/langs';
import { STANCES, type Stance } from '@/lib/schema/stance';
import { MOVEMENT_COLORS, movementColor, unchangedColor } from '@/lib/colors/movement-colors';
import { compareAsOf, countMovements, MOVEMENTS, moveStance, type CountryMove } from '@/lib/timeline/compare';
import { trustOf } from '@/lib/trust/trust';
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
  /** Countries whose position in force the extractor produced with low confidence, drawn hatched (stance layer). */
  hatched: Set<string>;
  /** The legend line that explains the hatching, when anything is hatched. */
  hatchNote: string | null;
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
  const from = splitTime(state.time).from;
  const asOf = date
    ? from
      ? dict.compare.range(formatDate(from, lang), formatDate(date, lang))
      : dict.timeline.asOf(formatDate(date, lang))
    : dict.timeline.asOf('—');
  const shown = visibleStances(state.stance);
  const hatched = new Set<string>();
  if (state.layer === 'stance') {
    for (const [iso3, a] of index.asOfAt(date)) {
      if (isStanceVisible(state.stance, a.stance) && trustOf(a.position) === 'low') hatched.add(iso3);
    }
  }
  const hatchNote = hatched.size > 0 ? `${dict.preview.lowConfidence} (${formatNumber(hatched.size, lang)})` : null;
  if (from && date && state.layer === 'stance') {
    return summarizeMoves({
      data,
      state,
      lang,
      asOf,
      hatched,
      hatchNote,
      moves: compareAsOf(index.asOfAt(from), index.asOfAt(date)),
    });
  }

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
    hatched,
    hatchNote,
    selected,
    selectionLine,
    source: `${dict.preview.source} · ${dict.map.credit}`,
  };
}

/** Two compared dates: each country in the colour of its movement, the legend and the summary counting movements. */
function summarizeMoves(input: {
  data: PositionsPayload;
  state: ShareState;
  lang: Lang;
  asOf: string;
  hatched: Set<string>;
  hatchNote: string | null;
  moves: ReadonlyMap<string, CountryMove>;
}): ViewSummary {
  const { data, state, lang, asOf, moves } = input;
  const dict = getDictionary(lang);
  const fills = new Map<string, string>();
  const dimmed = new Set<string>();
  const shownMoves: CountryMove[] = [];
  for (const country of data.countries) {
    const move = moves.get(country.iso3);
    const stance = moveStance(move);
    if (!isStanceVisible(state.stance, stance)) dimmed.add(country.iso3);
    else if (move) shownMoves.push(move);
    if (move) fills.set(country.iso3, movementColor(move.movement, stance));
  }
  const counts = countMovements(shownMoves);
  const legend: LegendEntry[] = MOVEMENTS.map((movement) => ({
    color: movement === 'unchanged' ? unchangedColor('troops_offered') : MOVEMENT_COLORS[movement],
    label: `${dict.compare.movements[movement]} (${formatNumber(counts[movement], lang)})`,
  }));
  legend.push({ color: NO_POSITION_COLOR, label: dict.legend.noPosition });
  const parts = MOVEMENTS.filter((m) => counts[m] > 0).map(
    (m) => `${formatNumber(counts[m], lang)} ${dict.preview.moved[m]}`,
  );
  const description = `${asOf}: ${parts.length ? parts.join(dict.preview.listSeparator) : dict.preview.none}.`;
  const selected = state.country.filter((iso3) => data.countries.some((c) => c.iso3 === iso3));
  const stanceName = (a: { stance: Stance } | undefined) => (a ? dict.stances[a.stance] : dict.compare.none);
  const selectionLine = selected.length
    ? selected
        .map((iso3) => {
          const move = moves.get(iso3);
          return `${countryName(iso3, lang)}: ${dict.compare.range(stanceName(move?.from), stanceName(move?.to))}`;
        })
        .join(' · ')
    : null;
  return {
    lang,
    title: `${dict.app.title} — ${dict.compare.heading}`,
    asOf,
    description: selectionLine ? `${description} ${selectionLine}.` : description,
    legendTitle: dict.compare.heading,
    legend,
    fills,
    dimmed,
    hatched: input.hatched,
    hatchNote: input.hatchNote,
    selected,
    selectionLine,
    source: `${dict.preview.source} · ${dict.map.credit}`,
  };
}
