/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, and a field
 * quoted when it holds a comma, a double quote, a line break or edge spaces, its own
 * double quotes doubled. Spreadsheets and `csv` readers in any language read it back
 * exactly, multi-line quotes included.
 *
 * Fields are written as they are: the dataset's text is bundled and checked, and a quote
 * must stay verbatim, so nothing is prefixed to defuse spreadsheet formulas (no field of
 * the dataset starts with `=`, `+`, `-` or `@`; see the unit test).
 */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A byte order mark, for the file only: without it, spreadsheet programs open UTF-8 CSV
 * as a legacy code page and garble every accent of the French sources.
 */
export const UTF8_BOM = '\uFEFF';
