import type { CountryProperties, Position } from '@/lib/schema/positions';
import { STANCES, type Stance } from '@/lib/schema/stance';
import { lastIndexAtOrBefore } from './dates';

export type AsOf = {
  stance: Stance;
  /** First date of the unbroken run of this stance that the position belongs to. */
  since: string;
  /** The position that decides the stance as of the date (its reason, evidence, article). */
  position: Position;
};

/** One effective position per date on which a country's position was recorded, oldest first. */
export type Step = AsOf & { date: string };

/**
 * Two positions of one country dated the same day: the first of these that differs decides.
 *  1. a reviewed position beats an unreviewed one (a person checked it);
 *  2. higher extractor confidence (missing counts as 0);
 *  3. the article whose id sorts later (ids are assigned in corpus order, so the later report);
 *  4. the sentence further into the article (reports tend to end on the outcome);
 *  5. legend order, so the result never depends on input order.
 * Returns < 0 when `a` should win.
 */
export function comparePositionsSameDate(a: Position, b: Position): number {
  const reviewed = Number(b.reviewed === true) - Number(a.reviewed === true);
  if (reviewed !== 0) return reviewed;
  const confidence = (b.confidence ?? 0) - (a.confidence ?? 0);
  if (confidence !== 0) return confidence;
  if (a.article !== b.article) return a.article < b.article ? 1 : -1;
  if (a.evidence.start !== b.evidence.start) return b.evidence.start - a.evidence.start;
  return STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance);
}

/**
 * A country's stance over time. Taking part in the talks says nothing new about troops, so a later report that a
 * country merely participates never replaces an earlier offer, pledge, condition or refusal: the earlier stance
 * stays in force. (The country's detail view still lists every position.)
 */
export function countrySteps(country: CountryProperties): Step[] {
  const byDate = new Map<string, Position>();
  for (const p of country.positions) {
    const current = byDate.get(p.date);
    if (!current || comparePositionsSameDate(p, current) < 0) byDate.set(p.date, p);
  }
  const steps: Step[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const position = byDate.get(date) as Position;
    const previous = steps.at(-1);
    if (position.stance === 'participating' && previous && previous.stance !== 'participating') continue;
    const since = previous && previous.stance === position.stance ? previous.since : date;
    steps.push({ date, stance: position.stance, since, position });
  }
  return steps;
}

/** The step in force on `date` (null = latest), or undefined before the first one. */
export function stepAt(steps: readonly Step[], date: string | null): Step | undefined {
  if (date === null) return steps.at(-1);
  return steps[
    lastIndexAtOrBefore(
      steps.map((s) => s.date),
      date,
    )
  ];
}
