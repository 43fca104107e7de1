import { describe, expect, it } from 'vitest';
import { country, position, spending } from '@/lib/data/__fixtures__/factories';
import { buildTimelineIndex } from '@/lib/timeline/timeline-index';
import { exportFileName } from './file-name';
import { EXPORT_COLUMNS, viewRows } from './view-rows';
import { viewToCsv } from './view-to-csv';
import { viewToGeoJSON } from './view-to-geojson';

const countries = [
  country('POL', [position('2025-02-17', 'declined', { reason: { code: 'neighbour_threat', text: '=cmd|calc' } })]),
  country(
    'GBR',
    [position('2025-02-17', 'troops_offered'), position('2025-04-10', 'troops_committed')],
    [spending('2025-02-25', 2.3)],
  ),
  country('NOR', [], [spending('2025-03-01', 2.2)]),
  country('USA'),
];
const index = buildTimelineIndex(countries);
const view = (date: string, stances: Parameters<typeof viewRows>[0]['stances'] = []) => ({
  countries,
  asOf: index.asOfAt(date),
  date,
  stances,
});

describe('rows of the exported view', () => {
  it('hold the stance as of the date', () => {
    const rows = viewRows(view('2025-03-01'));
    expect(rows.find((r) => r.iso3 === 'GBR')).toMatchObject({ stance: 'troops_offered', spending_pct_gdp: 2.3 });
  });

  it('leave out countries with nothing to say as of the date', () => {
    expect(viewRows(view('2025-03-01')).map((r) => r.iso3)).toEqual(['GBR', 'NOR', 'POL']);
    expect(viewRows(view('2025-02-01'))).toEqual([]);
  });

  it('keep only the filtered stances when a filter is set', () => {
    expect(viewRows(view('2025-05-01', ['declined'])).map((r) => r.iso3)).toEqual(['POL']);
  });
});

describe('CSV export', () => {
  it('has the header and one line per row', () => {
    const lines = viewToCsv(view('2025-05-01'), { bom: false }).trimEnd().split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + viewRows(view('2025-05-01')).length);
  });

  it('defuses text that a spreadsheet would run', () => {
    expect(viewToCsv(view('2025-05-01'))).toContain(",'=cmd|calc,");
  });
});

describe('GeoJSON export', () => {
  it('is a FeatureCollection of the view rows with the date and filters recorded', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const fc = viewToGeoJSON({
      ...view('2025-05-01', ['declined', 'troops_committed']),
      geometryOf: (iso3) => (iso3 === 'GBR' ? square : null),
    });
    expect(fc).toMatchObject({
      type: 'FeatureCollection',
      as_of: '2025-05-01',
      stances: ['declined', 'troops_committed'],
    });
    expect(fc.features.map((f) => [f.id, f.geometry?.type ?? null])).toEqual([
      ['GBR', 'Polygon'],
      ['POL', null],
    ]);
  });
});

describe('exports of two compared dates', () => {
  const range = (from: string, to: string, stances: Parameters<typeof viewRows>[0]['stances'] = []) => ({
    ...view(to, stances),
    from: { date: from, asOf: index.asOfAt(from) },
  });

  it('give each country its position at both ends and how it moved', () => {
    const rows = viewRows(range('2025-03-01', '2025-05-01'));
    expect(rows.find((r) => r.iso3 === 'GBR')).toMatchObject({
      from_date: '2025-03-01',
      from_stance: 'troops_offered',
      stance: 'troops_committed',
      movement: 'towards',
      move_size: 1,
    });
    expect(rows.find((r) => r.iso3 === 'POL')).toMatchObject({ from_stance: 'declined', movement: 'unchanged' });
  });

  it('list a country new in the range with no start, and keep the stance filter on the end', () => {
    const rows = viewRows(range('2025-02-01', '2025-05-01', ['declined']));
    expect(rows.map((r) => [r.iso3, r.from_stance, r.movement])).toEqual([['POL', null, 'new']]);
  });

  it('write the range columns after the rest in the CSV, and the start date in the GeoJSON', () => {
    const header = viewToCsv(range('2025-03-01', '2025-05-01'), { bom: false }).split('\r\n')[0]!;
    expect(header).toBe(
      [
        ...EXPORT_COLUMNS,
        'from_date',
        'from_stance',
        'from_since',
        'from_evidence_ar',
        'from_article',
        'movement',
        'move_size',
      ].join(','),
    );
    expect(viewToCsv(view('2025-05-01'), { bom: false }).split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    const fc = viewToGeoJSON({ ...range('2025-03-01', '2025-05-01'), geometryOf: () => null });
    expect(fc).toMatchObject({ as_of: '2025-05-01', from: '2025-03-01' });
  });

  it('carry who vouches for each position', () => {
    const gbr = viewRows(view('2025-05-01')).find((r) => r.iso3 === 'GBR')!;
    expect(gbr).toMatchObject({ trust: expect.stringMatching(/^(reviewed|automatic|low)$/), conflict: false });
    expect(viewToCsv(view('2025-05-01'), { bom: false })).toMatch(/,(reviewed|automatic|low),[\d.]*,false\r\n/);
  });
});

describe('export file names', () => {
  it('name both ends of a compared range', () => {
    expect(exportFileName({ date: '2025-09-04', from: '2025-03-01', layer: 'stance', stances: [] }, 'csv')).toBe(
      'willing-atlas_2025-03-01-to-2025-09-04_stance.csv',
    );
  });

  it('name the date, layer and filters', () => {
    expect(
      exportFileName({ date: '2025-04-10', layer: 'stance', stances: ['troops_offered', 'declined'] }, 'csv'),
    ).toBe('willing-atlas_2025-04-10_stance_troops-offered+declined.csv');
    expect(exportFileName({ date: '2025-04-10', layer: 'spending', stances: [] }, 'png')).toBe(
      'willing-atlas_2025-04-10_spending.png',
    );
  });
});
