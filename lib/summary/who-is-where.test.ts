import { describe, expect, it } from 'vitest';
import type { AsOf } from '@/lib/timeline/steps';
import { whoIsWhere } from './who-is-where';

const asOf = (stance: AsOf['stance'], code?: 'neighbour_threat'): AsOf => ({
  stance,
  since: '2025-03-01',
  position: {
    article: 'a',
    date: '2025-03-01',
    stance,
    evidence: { text: 'x', start: 0, end: 1 },
    ...(code ? { reason: { code, text: 'y' } } : {}),
  },
});
const names: Record<string, string> = { POL: 'Poland', GRC: 'Greece', GBR: 'United Kingdom', FRA: 'France' };
const name = (iso3: string) => names[iso3] ?? iso3;
const collator = new Intl.Collator('en');

describe('who is where', () => {
  const map = new Map([
    ['POL', asOf('declined', 'neighbour_threat')],
    ['GBR', asOf('troops_offered')],
    ['GRC', asOf('declined', 'neighbour_threat')],
    ['FRA', asOf('troops_offered')],
  ]);

  it('groups countries by stance in legend order and by name, with their reasons', () => {
    const groups = whoIsWhere(map, [], name, collator);
    expect(groups.map((g) => g.stance)).toEqual(['troops_offered', 'declined']);
    expect(groups[0]!.countries.map((c) => c.iso3)).toEqual(['FRA', 'GBR']);
    expect(groups[1]!.countries.map((c) => [c.iso3, c.reason?.code])).toEqual([
      ['GRC', 'neighbour_threat'],
      ['POL', 'neighbour_threat'],
    ]);
  });

  it('follows the stance filter like the map', () => {
    expect(whoIsWhere(map, ['declined'], name, collator).map((g) => g.stance)).toEqual(['declined']);
  });
});
