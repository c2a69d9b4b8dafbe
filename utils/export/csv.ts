import Papa from 'papaparse';
import type { Action } from '../model';
import { actionCells, EXPORT_COLUMNS, type ExportOptions } from './columns';

/** Excel reads UTF-8 (and so Chinese) correctly only with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (= + - @, or a leading tab or CR) get a leading apostrophe.
 * Papa's own default pattern misses such a cell when it spans lines; this one does not.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const unparse = (rows: string[][]) => Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false });

/** A whole small table as a CSV file Excel opens (BOM, CRLF, quoting, formulas neutralised). */
export function csvText(rows: string[][]): string {
  return `${UTF8_BOM}${unparse(rows)}\r\n`;
}

export function csvHeader(): string {
  return csvText([[...EXPORT_COLUMNS]]);
}

/** CSV lines for these actions (no header), each ending in CRLF; quoting and formula neutralising by Papa Parse. */
export function toCsvRows(actions: readonly Action[], options: ExportOptions = {}): string {
  if (actions.length === 0) return '';
  return `${unparse(actions.map((a) => actionCells(a, options)))}\r\n`;
}
