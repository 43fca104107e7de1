import type { CountryProperties, Position, Spending } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';

/** Small builders so tests state only what matters to them. */

export function position(date: string, stance: Stance, extra: Partial<Position> = {}): Position {
  const text = extra.evidence?.text ?? `${stance} on ${date}`;
  return {
    article: 'a1',
    date,
    stance,
    evidence: { text, start: 0, end: text.length },
    ...extra,
  };
}

export function spending(date: string, value: number, extra: Partial<Spending> = {}): Spending {
  const text = extra.evidence?.text ?? `${value} on ${date}`;
  return {
    article: 'a1',
    date,
    kind: 'level',
    value,
    unit: 'pct_gdp',
    evidence: { text, start: 0, end: text.length },
    ...extra,
  };
}

export function country(
  iso3: string,
  positions: Position[] = [],
  spendingFigures: Spending[] = [],
): CountryProperties {
  return { iso3, name: { en: iso3, ar: iso3 }, positions, spending: spendingFigures };
}
