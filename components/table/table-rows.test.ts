import { describe, expect, it } from 'vitest';
import { position, spending } from '@/lib/data/__fixtures__/factories';
import type { AsOf } from '@/lib/timeline/steps';
import type { Stance } from '@/lib/schema/stance';
import { buildTableRows } from './table-rows';

const asOf = (stance: Stance, since: string): AsOf => ({ stance, since, position: position(since, stance) });

const input = {
  asOf: new Map([
    ['POL', asOf('declined', '2025-02-12')],
    ['GBR', asOf('troops_offered', '2025-02-26')],
    ['FRA', asOf('troops_offered', '2025-02-20')],
  ]),
  spending: new Map([
    ['GBR', spending('2025-02-26', 2.5)],
    ['DEU', spending('2025-03-01', 2.1)],
  ]),
  filter: [] as Stance[],
  name: (iso3: string) => ({ POL: 'Poland', GBR: 'United Kingdom', FRA: 'France', DEU: 'Germany' })[iso3] ?? iso3,
  collator: new Intl.Collator('en'),
};

describe('table rows', () => {
  it('list countries in legend order, then by name, those with only spending last', () => {
    expect(buildTableRows(input).map((r) => r.iso3)).toEqual(['FRA', 'GBR', 'POL', 'DEU']);
  });

  it('carry the stance, its start and the spending figure of each country', () => {
    const gbr = buildTableRows(input).find((r) => r.iso3 === 'GBR');
    expect(gbr).toMatchObject({ name: 'United Kingdom', stance: 'troops_offered', since: '2025-02-26' });
    expect(gbr?.spending?.value).toBe(2.5);
  });

  it('keep only the stances the filter shows, like the map', () => {
    expect(buildTableRows({ ...input, filter: ['declined'] }).map((r) => r.iso3)).toEqual(['POL']);
  });
});

describe('table rows by trust', () => {
  const at = (
    stance: Stance,
    since: string,
    extra: { confidence?: number; reviewed?: boolean; conflict?: boolean },
  ) => ({
    stance,
    since,
    position: { ...position(since, stance), ...extra },
  });
  const trusted = {
    ...input,
    asOf: new Map([
      ['POL', at('declined', '2025-02-12', { confidence: 0.9 })],
      ['GBR', at('troops_offered', '2025-02-26', { confidence: 0.75 })],
      ['FRA', at('troops_offered', '2025-02-20', { confidence: 0.7, reviewed: true })],
      ['ITA', at('conditional', '2025-03-02', { confidence: 0.72, conflict: true })],
    ]),
    name: (iso3: string) =>
      ({ POL: 'Poland', GBR: 'United Kingdom', FRA: 'France', DEU: 'Germany', ITA: 'Italy' })[iso3] ?? iso3,
  };

  it('say who vouches for each position, with its confidence and conflict', () => {
    const rows = new Map(buildTableRows(trusted).map((r) => [r.iso3, r]));
    expect(rows.get('FRA')).toMatchObject({ trust: 'reviewed', conflict: false });
    expect(rows.get('GBR')).toMatchObject({ trust: 'low', confidence: 0.75 });
    expect(rows.get('POL')).toMatchObject({ trust: 'automatic', confidence: 0.9 });
    expect(rows.get('ITA')).toMatchObject({ trust: 'low', conflict: true });
    expect(rows.get('DEU')).toMatchObject({ trust: null });
  });

  it('sort least trusted first: conflicts, then the lowest confidence, reviewed and no position last', () => {
    expect(buildTableRows({ ...trusted, sort: 'trust' }).map((r) => r.iso3)).toEqual([
      'ITA',
      'GBR',
      'POL',
      'FRA',
      'DEU',
    ]);
  });

  it('sort by name and by date, newest first', () => {
    expect(buildTableRows({ ...trusted, sort: 'name' }).map((r) => r.iso3)).toEqual([
      'FRA',
      'DEU',
      'ITA',
      'POL',
      'GBR',
    ]);
    expect(buildTableRows({ ...trusted, sort: 'since' }).map((r) => r.iso3)).toEqual([
      'ITA',
      'GBR',
      'FRA',
      'POL',
      'DEU',
    ]);
  });

  it('keep only the trust levels the filter names, and no country without a position', () => {
    expect(buildTableRows({ ...trusted, trust: ['low'] }).map((r) => r.iso3)).toEqual(['GBR', 'ITA']);
    expect(buildTableRows({ ...trusted, trust: ['reviewed', 'automatic'] }).map((r) => r.iso3)).toEqual(['FRA', 'POL']);
  });
});
