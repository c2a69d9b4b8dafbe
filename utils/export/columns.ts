import type { Action, UiLanguage } from '../model';
import { kindLabel, payloadText, siteLabel } from './labels';
import { maskPersonalData } from './mask';
import { chinaDateTime } from '../time/china-time';

export interface ExportOptions {
  /** Write sites, actions and payload fields in the lead's words (without it: the raw ids and JSON, for tools). */
  lang?: UiLanguage;
  /** Mask phone numbers, ID numbers and addresses in text cells. */
  mask?: boolean;
  /** Counts cells cut to Excel's limit while writing (the export says how many). */
  stats?: { cutCells: number };
}

/** Excel holds at most 32,767 characters in a cell; a longer one is cut, ending in this marker so nobody mistakes it. */
export const EXCEL_CELL_LIMIT = 32_767;
export const CUT_MARKER = '…[超出 Excel 单元格上限，已截断 / cut at Excel’s cell limit]';

export function fitCell(text: string, stats?: { cutCells: number }): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  if (stats) stats.cutCells++;
  return text.slice(0, EXCEL_CELL_LIMIT - CUT_MARKER.length) + CUT_MARKER;
}

export { EXPORT_COLUMNS } from './columns-list';

export function actionCells(action: Action, options: ExportOptions = {}): string[] {
  const text = (value: string | undefined) => (value && options.mask ? maskPersonalData(value) : (value ?? ''));
  const buyer = action.buyer ? (action.buyer.buyerId ?? action.buyer.nick ?? '') : '';
  return [
    chinaDateTime(action.at),
    text(action.agent?.name),
    action.agent?.staffId ?? '',
    options.lang ? siteLabel(action.site, options.lang) : (action.site ?? ''),
    action.buyer?.shop ?? action.agent?.shop ?? '',
    fitCell(text(buyer), options.stats),
    action.orderNo ?? '',
    options.lang ? kindLabel(action.kind, options.lang) : action.kind,
    fitCell(text(options.lang ? payloadText(action.payload, options.lang) : JSON.stringify(action.payload ?? null)), options.stats),
    action.deviceId,
    String(action.seq),
    action.hash,
  ];
}
