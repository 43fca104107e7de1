import type { Stance } from '@/lib/schema/stance';
import type { AsOf } from './steps';

/**
 * How close a stance is to sending troops, for comparing two dates. A refusal is furthest; support without
 * troops says "no troops" but backs the force; taking part in the talks says nothing about troops yet; a
 * condition, an offer and a commitment come ever closer. A move "towards troops" goes up this scale.
 */
export const TROOP_RANK: Readonly<Record<Stance, number>> = {
  declined: 0,
  support_no_troops: 1,
  participating: 2,
  conditional: 3,
  troops_offered: 4,
  troops_committed: 5,
};

/** What happened to a country between two dates, in legend order. */
export const MOVEMENTS = ['towards', 'away', 'new', 'dropped', 'unchanged'] as const;
export type Movement = (typeof MOVEMENTS)[number];

export type CountryMove = {
  iso3: string;
  movement: Movement;
  /** Steps moved on TROOP_RANK (0 for new, dropped and unchanged). */
  size: number;
  /** The position in force at the start and the end of the range (absent when there was none). */
  from?: AsOf;
  to?: AsOf;
};

/** The stance a move is shown with: the one at the end of the range, or at its start for one no longer reported. */
export function moveStance(move: CountryMove | undefined): Stance | undefined {
  return (move?.to ?? move?.from)?.stance;
}

export function movementOf(from: Stance | undefined, to: Stance | undefined): { movement: Movement; size: number } {
  if (!from && !to) throw new Error('a movement needs a position on at least one date');
  if (!from) return { movement: 'new', size: 0 };
  if (!to) return { movement: 'dropped', size: 0 };
  const size = TROOP_RANK[to] - TROOP_RANK[from];
  if (size > 0) return { movement: 'towards', size };
  if (size < 0) return { movement: 'away', size: -size };
  return { movement: 'unchanged', size: 0 };
}

/** Every country with a position on either date, and how it moved between them. */
export function compareAsOf(
  before: ReadonlyMap<string, AsOf>,
  after: ReadonlyMap<string, AsOf>,
): Map<string, CountryMove> {
  const out = new Map<string, CountryMove>();
  for (const iso3 of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const from = before.get(iso3);
    const to = after.get(iso3);
    out.set(iso3, { iso3, ...movementOf(from?.stance, to?.stance), ...(from && { from }), ...(to && { to }) });
  }
  return out;
}

export type MovementCounts = Record<Movement, number>;

export function countMovements(moves: Iterable<CountryMove>): MovementCounts {
  const counts = Object.fromEntries(MOVEMENTS.map((m) => [m, 0])) as MovementCounts;
  for (const move of moves) counts[move.movement] += 1;
  return counts;
}

/**
 * The countries that moved, biggest move first: towards and away by steps on the scale, then new positions and
 * those no longer reported; ties by name. Unchanged countries are left out.
 */
export function whoMoved(moves: Iterable<CountryMove>, name: (iso3: string) => string, collator: Intl.Collator) {
  const order = (m: CountryMove) => (m.movement === 'new' ? 1 : m.movement === 'dropped' ? 2 : 0);
  return [...moves]
    .filter((m) => m.movement !== 'unchanged')
    .sort((a, b) => order(a) - order(b) || b.size - a.size || collator.compare(name(a.iso3), name(b.iso3)));
}
