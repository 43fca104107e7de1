import type { CountryProperties, Spending } from '@/lib/schema/positions';
import { STANCES, type Stance } from '@/lib/schema/stance';
import { lastIndexAtOrBefore } from './dates';
import { MAP_SPENDING_KINDS, compareSpendingSameDate } from './spending';
import { countrySteps, type AsOf, type Step } from './steps';

export type StanceCounts = Record<Stance, number>;

type Snapshot = {
  date: string;
  asOf: ReadonlyMap<string, AsOf>;
  stances: ReadonlyMap<string, Stance>;
  counts: Readonly<StanceCounts>;
};

export type TimelineIndex = {
  /** Sorted unique dates on which some country's stance changes. */
  readonly changeDates: readonly string[];
  /** Sorted unique dates on which any country's effective position changes (stance, reason or evidence). */
  readonly positionDates: readonly string[];
  /** Stance per country as of `date` (null = latest). O(log dates): the same map for every date between two changes. */
  stancesAt(date: string | null): ReadonlyMap<string, Stance>;
  asOfAt(date: string | null): ReadonlyMap<string, AsOf>;
  /** Countries per stance as of `date`; countries without a position are not counted. */
  countsAt(date: string | null): Readonly<StanceCounts>;
  /** Countries whose stance (or lack of one) differs between two dates: the feature-states to update. */
  changedBetween(from: string | null, to: string | null): string[];
  /** Latest share-of-GDP figure per country as of `date`, for the spending layer. */
  spendingAt(date: string | null): ReadonlyMap<string, Spending>;
  steps(iso3: string): readonly Step[];
};

export const zeroCounts = (): StanceCounts => Object.fromEntries(STANCES.map((s) => [s, 0])) as StanceCounts;

const EMPTY: Snapshot = { date: '', asOf: new Map(), stances: new Map(), counts: Object.freeze(zeroCounts()) };

/**
 * Precomputes one frozen snapshot per date on which anything changes, so scrubbing the timeline
 * is a binary search instead of a pass over every position.
 */
export function buildTimelineIndex(countries: readonly CountryProperties[]): TimelineIndex {
  const stepsByCountry = new Map<string, Step[]>();
  const stepsByDate = new Map<string, { iso3: string; step: Step }[]>();
  const changes = new Set<string>();
  for (const c of countries) {
    const steps = countrySteps(c);
    stepsByCountry.set(c.iso3, steps);
    steps.forEach((step, i) => {
      if (i === 0 || steps[i - 1]?.stance !== step.stance) changes.add(step.date);
      const list = stepsByDate.get(step.date) ?? [];
      list.push({ iso3: c.iso3, step });
      stepsByDate.set(step.date, list);
    });
  }

  const positionDates = [...stepsByDate.keys()].sort();
  const snapshots: Snapshot[] = [];
  let asOf = new Map<string, AsOf>();
  for (const date of positionDates) {
    asOf = new Map(asOf);
    for (const { iso3, step } of stepsByDate.get(date) ?? []) {
      asOf.set(iso3, { stance: step.stance, since: step.since, position: step.position });
    }
    const stances = new Map<string, Stance>();
    const counts = zeroCounts();
    for (const [iso3, a] of asOf) {
      stances.set(iso3, a.stance);
      counts[a.stance] += 1;
    }
    snapshots.push({ date, asOf, stances, counts: Object.freeze(counts) });
  }

  const snapshotAt = (date: string | null): Snapshot =>
    date === null ? (snapshots.at(-1) ?? EMPTY) : (snapshots[lastIndexAtOrBefore(positionDates, date)] ?? EMPTY);

  const spendingByCountry = new Map<string, { dates: string[]; figures: Spending[] }>();
  for (const c of countries) {
    const figures = c.spending
      .filter((s) => s.unit === 'pct_gdp' && MAP_SPENDING_KINDS.includes(s.kind))
      // Oldest first and, within a date, the winner last: the binary search then lands on it.
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : -compareSpendingSameDate(a, b)));
    if (figures.length > 0) spendingByCountry.set(c.iso3, { dates: figures.map((f) => f.date), figures });
  }

  return {
    changeDates: [...changes].sort(),
    positionDates,
    stancesAt: (date) => snapshotAt(date).stances,
    asOfAt: (date) => snapshotAt(date).asOf,
    countsAt: (date) => snapshotAt(date).counts,
    changedBetween(from, to) {
      const a = snapshotAt(from).stances;
      const b = snapshotAt(to).stances;
      if (a === b) return [];
      const changed: string[] = [];
      for (const iso3 of new Set([...a.keys(), ...b.keys()])) {
        if (a.get(iso3) !== b.get(iso3)) changed.push(iso3);
      }
      return changed.sort();
    },
    spendingAt(date) {
      const out = new Map<string, Spending>();
      for (const [iso3, { dates, figures }] of spendingByCountry) {
        const i = date === null ? figures.length - 1 : lastIndexAtOrBefore(dates, date);
        const figure = figures[i];
        if (figure) out.set(iso3, figure);
      }
      return out;
    },
    steps: (iso3) => stepsByCountry.get(iso3) ?? [],
  };
}
