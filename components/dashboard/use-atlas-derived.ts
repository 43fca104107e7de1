'use client';

import { useMemo } from 'react';
import type { Borders } from '@/lib/geo/borders';
import { buildTableRows } from '@/components/table/table-rows';
import { spendingColor } from '@/lib/colors/spending-scale';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import type { PositionsPayload } from '@/lib/data/payloads';
import { whoIsWhere } from '@/lib/summary/who-is-where';
import type { ShareState } from '@/lib/url/share-state';
import { paintCountries, paintMoves } from './paint';
import { compareAsOf, countMovements, moveStance, whoMoved } from '@/lib/timeline/compare';
import { isStanceVisible } from '@/lib/filters/stance-filter';
import type { AtlasModel } from './use-atlas-model';
import { trustOf } from '@/lib/trust/trust';

const stanceColor = (stance: keyof typeof STANCE_COLORS) => STANCE_COLORS[stance];

type Input = {
  data: PositionsPayload;
  model: AtlasModel;
  borders: Borders | undefined;
  state: ShareState;
  /** The start of a compared range, or null for one as-of date. */
  from: string | null;
  /** The date the map and legend show: follows the slider at once. */
  date: string;
  /** The date the table, summary and detail show: may lag a frame behind while scrubbing. */
  laterDate: string;
};

/**
 * Derive: everything the dashboard shows, as a function of the URL state and the as-of date. No
 * state of its own and no writes; the view renders what this returns.
 */
export function useAtlasDerived({ data, model, borders, state, from, date, laterDate }: Input) {
  const { index, directory, collator } = model;
  const iso3s = useMemo(() => data.countries.map((c) => c.iso3), [data.countries]);

  const stances = index.stancesAt(date);
  const spendingNow = useMemo(() => index.spendingAt(date), [index, date]);
  const startAsOf = from === null ? null : index.asOfAt(from);
  const endAsOf = index.asOfAt(date);
  const moves = useMemo(() => (startAsOf ? compareAsOf(startAsOf, endAsOf) : null), [startAsOf, endAsOf]);
  const lowConfidence = useMemo(
    () => new Set([...endAsOf].filter(([, a]) => trustOf(a.position) === 'low').map(([iso3]) => iso3)),
    [endAsOf],
  );
  const paint = useMemo(
    () =>
      moves && state.layer === 'stance'
        ? paintMoves({ iso3s, moves, filter: state.stance, lowConfidence })
        : paintCountries({
            iso3s,
            layer: state.layer,
            stances,
            spending: spendingNow,
            filter: state.stance,
            stanceColor,
            spendingColor,
            lowConfidence,
          }),
    [iso3s, state.layer, stances, spendingNow, state.stance, moves, lowConfidence],
  );
  const shownMoves = useMemo(
    () => moves && [...moves.values()].filter((m) => isStanceVisible(state.stance, moveStance(m))),
    [moves, state.stance],
  );
  const movementCounts = useMemo(() => (shownMoves ? countMovements(shownMoves) : null), [shownMoves]);
  const moved = useMemo(
    () => (shownMoves ? whoMoved(shownMoves, directory.name, collator) : null),
    [shownMoves, directory, collator],
  );
  const counts = index.countsAt(date);
  // Label points of the countries with a position as of the date, for the view that shows them all.
  const positioned = useMemo<[number, number][]>(() => {
    const where = new Map(borders?.countries.map((c) => [c.iso3, [c.lon, c.lat] as [number, number]]) ?? []);
    return [...stances.keys()].flatMap((iso3) => (where.has(iso3) ? [where.get(iso3)!] : []));
  }, [borders, stances]);

  const asOfLater = index.asOfAt(laterDate);
  const spendingLater = useMemo(() => index.spendingAt(laterDate), [index, laterDate]);
  const rows = useMemo(
    () =>
      buildTableRows({
        asOf: asOfLater,
        spending: spendingLater,
        filter: state.stance,
        trust: state.trust,
        sort: state.sort,
        moves,
        name: directory.name,
        collator,
      }),
    [asOfLater, spendingLater, state.stance, state.trust, state.sort, moves, directory, collator],
  );
  const summary = useMemo(
    () => whoIsWhere(asOfLater, state.stance, directory.name, collator),
    [asOfLater, state.stance, directory, collator],
  );

  return {
    iso3s,
    paint,
    counts,
    positioned,
    noPositionCount: iso3s.length - stances.size,
    /** Hatched countries shown under the stance filter, for the legend's count. */
    lowConfidenceCount: [...lowConfidence].filter((iso3) => isStanceVisible(state.stance, stances.get(iso3))).length,
    spendingNow,
    asOfLater,
    rows,
    summary,
    moves,
    movementCounts,
    moved,
  };
}
