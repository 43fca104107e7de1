import { describe, expect, it } from 'vitest';
import { country, position, spending } from '@/lib/data/__fixtures__/factories';
import { STANCES } from '@/lib/schema/stance';
import { buildTimelineIndex } from '@/lib/timeline/timeline-index';
import { reasonCounts } from './reason-counts';
import { CHART_KINDS, CHART_UNITS, spendingByCountry } from './spending-by-country';
import { SPENDING_KINDS, SPENDING_UNITS } from '@/lib/schema/positions';
import { stanceCountsOverTime } from './stance-counts-over-time';
import { isStanceVisible, toggleStance, visibleStances } from '@/lib/filters/stance-filter';
import { stanceTimelines } from './stance-timelines';

const countries = [
  country(
    'GBR',
    [position('2025-02-17', 'troops_offered'), position('2025-04-10', 'troops_committed')],
    [
      spending('2025-02-25', 2.5, { kind: 'target', year: 2027 }),
      spending('2025-02-25', 2.3),
      spending('2025-02-25', 13.4, { unit: 'GBP', kind: 'increase' }),
      spending('2025-06-24', 3.5, { kind: 'target', year: 2035 }),
    ],
  ),
  country(
    'POL',
    [position('2025-02-17', 'declined', { reason: { code: 'neighbour_threat', text: 'Russia next door' } })],
    [spending('2025-03-01', 4.7)],
  ),
  country('ITA', [
    position('2025-03-05', 'conditional', { reason: { code: 'legal_basis_required', text: 'UN mandate' } }),
    position('2025-06-01', 'declined', { reason: { code: 'neighbour_threat', text: 'x' } }),
  ]),
  country('DEU', [position('2025-03-05', 'conditional', { reason: { code: 'us_backstop_required', text: 'US' } })]),
];
const index = buildTimelineIndex(countries);
const range = { min: '2025-02-12', max: '2025-09-04' };

describe('stance filter', () => {
  it('shows every stance when the filter is empty', () => {
    expect(visibleStances([])).toEqual([...STANCES]);
    expect(isStanceVisible([], 'declined')).toBe(true);
  });

  it('hides one stance when its legend entry is clicked while all are shown', () => {
    expect(toggleStance([], 'declined')).toEqual(STANCES.filter((s) => s !== 'declined'));
  });

  it('goes back to "all" rather than showing nothing', () => {
    expect(toggleStance(['declined'], 'declined')).toEqual([]);
    expect(
      toggleStance(
        STANCES.filter((s) => s !== 'declined'),
        'declined',
      ),
    ).toEqual([]);
  });
});

describe('countries per stance over time', () => {
  const rows = stanceCountsOverTime(index, range);

  it('has a point at each end of the range and on every change', () => {
    expect(rows.map((r) => r.date)).toEqual([
      '2025-02-12',
      '2025-02-17',
      '2025-03-05',
      '2025-04-10',
      '2025-06-01',
      '2025-09-04',
    ]);
  });

  it('counts every country with a position', () => {
    expect(rows.find((r) => r.date === '2025-03-05')).toMatchObject({
      troops_offered: 1,
      declined: 1,
      conditional: 2,
      total: 4,
    });
    expect(rows[0]?.total).toBe(0);
  });

  it('zeroes stances that are filtered out', () => {
    const declinedOnly = stanceCountsOverTime(index, range, ['declined']);
    expect(declinedOnly.at(-1)).toMatchObject({ declined: 2, troops_committed: 0, conditional: 0, total: 2 });
  });
});

describe('spending by country', () => {
  it('charts every unit and kind the schema knows', () => {
    expect([...CHART_UNITS].sort()).toEqual([...SPENDING_UNITS].sort());
    expect([...CHART_KINDS].sort()).toEqual([...SPENDING_KINDS].sort());
  });

  it('keeps shares of GDP and pounds in separate series, % of GDP first', () => {
    const series = spendingByCountry(countries, ['GBR', 'POL'], null);
    expect(series.map((s) => s.unit)).toEqual(['pct_gdp', 'GBP']);
  });

  it('gives the latest figure of each kind as of the date, in selection order', () => {
    const [pct] = spendingByCountry(countries, ['POL', 'GBR'], '2025-05-01');
    expect(pct?.rows.map((r) => [r.iso3, r.level, r.target])).toEqual([
      ['POL', 4.7, null],
      ['GBR', 2.3, 2.5],
    ]);
    expect(spendingByCountry(countries, ['GBR'], null)[0]?.rows[0]?.target).toBe(3.5);
  });

  it('names the selected countries without a figure instead of drawing an empty slot', () => {
    const [pct] = spendingByCountry(countries, ['ITA', 'GBR'], null);
    expect(pct?.rows.map((r) => r.iso3)).toEqual(['GBR']);
    expect(pct?.missing).toEqual(['ITA']);
  });

  it('is empty when no selected country has a figure yet', () => {
    expect(spendingByCountry(countries, ['GBR', 'ITA'], '2025-02-20')).toEqual([]);
  });
});

describe('reasons by category', () => {
  it('counts each country once under the reason of its current position, most frequent first', () => {
    const rows = reasonCounts(index.asOfAt(null));
    expect(rows.map((r) => [r.code, r.total])).toEqual([
      ['neighbour_threat', 2],
      ['us_backstop_required', 1],
    ]);
    expect(rows[0]?.countries).toEqual(['ITA', 'POL']);
  });

  it('follows the as-of date', () => {
    const codes = reasonCounts(index.asOfAt('2025-03-05')).map((r) => r.code);
    expect(codes).toContain('legal_basis_required');
  });

  it('splits a reason by stance and respects the filter', () => {
    const rows = reasonCounts(index.asOfAt('2025-03-05'), ['conditional']);
    expect(rows.map((r) => r.code)).toEqual(['us_backstop_required', 'legal_basis_required']);
    expect(rows[0]?.conditional).toBe(1);
  });
});

describe('stance timelines', () => {
  it('lays each selected country out as consecutive stance segments across the range', () => {
    const [gbr] = stanceTimelines(index, ['GBR'], range);
    expect(gbr?.segments.map((s) => [s.stance, s.from, s.to])).toEqual([
      ['troops_offered', '2025-02-17', '2025-04-10'],
      ['troops_committed', '2025-04-10', '2025-09-04'],
    ]);
  });

  it('gives segment offsets and lengths in days that tile the range without overlap', () => {
    const [gbr] = stanceTimelines(index, ['GBR'], range);
    const [a, b] = gbr?.segments ?? [];
    expect(a?.startDay).toBe(5);
    expect((a?.startDay ?? 0) + (a?.days ?? 0)).toBe(b?.startDay);
  });

  it('clips segments to the range', () => {
    const [ita] = stanceTimelines(index, ['ITA'], { min: '2025-04-01', max: '2025-05-01' });
    expect(ita?.segments).toHaveLength(1);
    expect(ita?.segments[0]).toMatchObject({ stance: 'conditional', from: '2025-04-01', to: '2025-05-01', days: 30 });
  });

  it('marks filtered-out stances as not visible and keeps countries without positions', () => {
    const [gbr, usa] = stanceTimelines(index, ['GBR', 'USA'], range, ['troops_committed']);
    expect(gbr?.segments.map((s) => s.visible)).toEqual([false, true]);
    expect(usa).toEqual({ iso3: 'USA', segments: [] });
  });
});
