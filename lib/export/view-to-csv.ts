import { toCsv } from './csv';
import { EXPORT_COLUMNS, viewRows, type ViewExportInput } from './view-rows';

/** The current view (as-of date and filters) as a CSV file's text. */
export function viewToCsv(input: ViewExportInput, options?: { bom?: boolean }): string {
  const rows = viewRows(input).map((row) => EXPORT_COLUMNS.map((column) => row[column]));
  return toCsv(EXPORT_COLUMNS, rows, options);
}
