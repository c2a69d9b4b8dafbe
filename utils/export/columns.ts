import type { Action } from '../model';
import { maskPersonalData } from './mask';

export interface ExportOptions {
  /** Mask phone numbers, ID numbers and addresses in text cells. */
  mask?: boolean;
}

/** Spreadsheet columns, in order; NDJSON keeps the whole row instead. */
export const EXPORT_COLUMNS = ['time', 'agent', 'staffId', 'site', 'shop', 'buyer', 'orderNo', 'kind', 'payload', 'deviceId', 'seq', 'hash'] as const;

const CHINA_OFFSET_MS = 8 * 3600_000;

/** "2026-11-22 14:05:09" in China time: what a lead's spreadsheet should show. */
export function exportTime(at: number): string {
  return new Date(at + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

export function actionCells(action: Action, options: ExportOptions = {}): string[] {
  const text = (value: string | undefined) => (value && options.mask ? maskPersonalData(value) : (value ?? ''));
  const buyer = action.buyer ? (action.buyer.buyerId ?? action.buyer.nick ?? '') : '';
  return [
    exportTime(action.at),
    text(action.agent?.name),
    action.agent?.staffId ?? '',
    action.site ?? '',
    action.buyer?.shop ?? action.agent?.shop ?? '',
    text(buyer),
    action.orderNo ?? '',
    action.kind,
    text(JSON.stringify(action.payload ?? null)),
    action.deviceId,
    String(action.seq),
    action.hash,
  ];
}
