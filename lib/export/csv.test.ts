import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

/** A minimal RFC 4180 reader, to prove the writer's output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
}

describe('CSV cells', () => {
  it('leave plain text and numbers alone', () => {
    expect(csvCell('Poland')).toBe('Poland');
    expect(csvCell(2.5)).toBe('2.5');
    expect(csvCell(-1)).toBe('-1');
  });

  it('quote commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('defuse %j as a formula', (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('write empty cells for missing values and non-finite numbers', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('CSV files', () => {
  it('end every line, the last included, with CRLF and start with a BOM', () => {
    const text = toCsv(['a', 'b'], [[1, 2]]);
    expect(text).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('parse back to the same cells, Arabic and awkward text included', () => {
    const cells = [['بولندا', 'قالت "لا", ثم\nصمتت', '2.5']];
    const text = toCsv(['name', 'quote', 'value'], cells, { bom: false });
    expect(parseCsv(text)).toEqual([['name', 'quote', 'value'], ...cells]);
  });
});
