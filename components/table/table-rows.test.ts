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
