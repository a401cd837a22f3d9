export interface Column {
  header: string;
  /** A second header line, for units. */
  unit?: string;
  align?: 'left' | 'right';
}

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const headers = [columns.map((column) => column.header), columns.map((column) => column.unit ?? '')];
  const all = [...headers, ...rows];
  const widths = columns.map((_, i) => Math.max(...all.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: readonly string[]) =>
    columns
      .map((column, i) => {
        const cell = row[i] ?? '';
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
        return (column.align ?? (i === 0 ? 'left' : 'right')) === 'left' ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  const hasUnits = columns.some((column) => column.unit);
  return [line(headers[0] ?? []), ...(hasUnits ? [line(headers[1] ?? [])] : []), ...rows.map(line)].join('\n');
}

/** A number for a table cell: `—` when unknown, thousands separated. */
export function cell(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
