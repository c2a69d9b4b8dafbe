import Papa from 'papaparse';
import type { Action, UiLanguage } from '../model';
import { columnLabels } from './labels';
import { actionCells, EXPORT_COLUMNS, type ExportOptions } from './columns';

/** Excel reads UTF-8 (and so Chinese) correctly only with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (= + - @, or a leading tab or CR) get a leading apostrophe.
 * Papa's own default pattern misses such a cell when it spans lines; this one does not.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Digit strings Excel would turn into numbers and damage: 12 or more digits (a 19-digit order number becomes
 * 6.9251E+18 and loses its last digits) or a leading zero. They are written as `="…"`, which Excel shows as that text.
 */
const FRAGILE_NUMBER = /^(?:\d{12,}|0\d+)$/;

/** One cell as Excel must see it: a would-be formula gets a leading apostrophe, a fragile number becomes ="…" text. */
export function excelCsvCell(cell: string): string {
  if (FRAGILE_NUMBER.test(cell)) return `="${cell}"`;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const unparse = (rows: string[][]) =>
  Papa.unparse(
    rows.map((row) => row.map(excelCsvCell)),
    { newline: '\r\n', escapeFormulae: false, quotes: false },
  );

/** A whole small table as a CSV file Excel opens (BOM, CRLF, quoting, formulas neutralised, long numbers kept as text). */
export function csvText(rows: string[][]): string {
  return `${UTF8_BOM}${unparse(rows)}\r\n`;
}

/** The header row: the lead's words when a language is given, the column ids otherwise. */
export function csvHeader(lang?: UiLanguage): string {
  return csvText([lang ? columnLabels(lang) : [...EXPORT_COLUMNS]]);
}

/** CSV lines for these actions (no header), each ending in CRLF; quoting and formula neutralising by Papa Parse. */
export function toCsvRows(actions: readonly Action[], options: ExportOptions = {}): string {
  if (actions.length === 0) return '';
  return `${unparse(actions.map((a) => actionCells(a, options)))}\r\n`;
}
