import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | null;

/**
 * CSV with a header row. A text cell starting with = + - @ (or a tab/CR) would run as a formula
 * in a spreadsheet, and learner names are typed by learners, so such cells get a leading quote.
 */
export function toCsv(header: string[], rows: Cell[][]): string {
  return stringify([header, ...rows.map((row) => row.map(safeCell))]);
}

function safeCell(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export const percent = (fraction: number | null) => (fraction === null ? null : Math.round(fraction * 100));

/** `netprep-<what>-<YYYY-MM-DD>.csv`, with the name reduced to characters safe in a header. */
export function csvFileName(what: string, now: Date): string {
  const slug =
    what
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'export';
  return `netprep-${slug}-${now.toISOString().slice(0, 10)}.csv`;
}

export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'no-store' },
  });
}
