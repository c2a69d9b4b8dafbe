import type { Action } from '../model';
import { maskPersonalData } from './mask';
import { chinaDateTime } from '../time/china-time';

export interface ExportOptions {
  /** Mask phone numbers, ID numbers and addresses in text cells. */
  mask?: boolean;
}

/** Spreadsheet columns, in order; NDJSON keeps the whole row instead. */
export const EXPORT_COLUMNS = ['time', 'agent', 'staffId', 'site', 'shop', 'buyer', 'orderNo', 'kind', 'payload', 'deviceId', 'seq', 'hash'] as const;

export function actionCells(action: Action, options: ExportOptions = {}): string[] {
  const text = (value: string | undefined) => (value && options.mask ? maskPersonalData(value) : (value ?? ''));
  const buyer = action.buyer ? (action.buyer.buyerId ?? action.buyer.nick ?? '') : '';
  return [
    chinaDateTime(action.at),
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
