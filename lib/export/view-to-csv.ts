import { toCsv } from './csv';
import { exportColumns, viewRows, type ViewExportInput, type ViewRow } from './view-rows';

/** The current view (as-of date or compared range, and filters) as a CSV file's text. */
export function viewToCsv(input: ViewExportInput, options?: { bom?: boolean }): string {
  const columns = exportColumns(input);
  // Booleans as the words a spreadsheet reads back as booleans.
  const cell = (value: ViewRow[keyof ViewRow]) => (typeof value === 'boolean' ? String(value) : (value ?? null));
  const rows = viewRows(input).map((row) => columns.map((column) => cell(row[column])));
  return toCsv(columns, rows, options);
}
