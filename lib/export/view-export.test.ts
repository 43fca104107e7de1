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

describe('export file names', () => {
  it('name the date, layer and filters', () => {
    expect(
      exportFileName({ date: '2025-04-10', layer: 'stance', stances: ['troops_offered', 'declined'] }, 'csv'),
    ).toBe('willing-atlas_2025-04-10_stance_troops-offered+declined.csv');
    expect(exportFileName({ date: '2025-04-10', layer: 'spending', stances: [] }, 'png')).toBe(
      'willing-atlas_2025-04-10_spending.png',
    );
  });
});
