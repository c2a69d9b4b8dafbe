import { buyerKey, type Action, type Checkpoint } from '../model';

/**
 * One log row as the team table stores it: query columns beside `row`, the exact JSON line the NDJSON export writes
 * (hash chain included), so the team log can be verified and exported like a file.
 */
export interface TeamRow {
  device_id: string;
  seq: number;
  id: string;
  at: number;
  kind: string;
  site: string;
  shop: string;
  buyer_key: string;
  staff_id: string;
  order_no: string;
  hash: string;
  prev_hash: string;
  row: string;
}

export function teamRow(action: Action): TeamRow {
  return {
    device_id: action.deviceId,
    seq: action.seq,
    id: action.id,
    at: action.at,
    kind: action.kind,
    site: action.site ?? '',
    shop: action.buyer?.shop ?? action.agent?.shop ?? '',
    buyer_key: (action.buyer && buyerKey(action.buyer)) ?? '',
    staff_id: action.agent?.staffId ?? '',
    order_no: action.orderNo ?? '',
    hash: action.hash,
    prev_hash: action.prevHash,
    row: JSON.stringify(action),
  };
}

/** The JSONEachRow body for a batch (one JSON object per line). */
export const jsonEachRow = (actions: readonly Action[]) => actions.map((a) => JSON.stringify(teamRow(a))).join('\n') + '\n';

/** A signed checkpoint as the team's checkpoints table stores it (the key and signature exactly as signed). */
export interface TeamCheckpointRow {
  device_id: string;
  seq: number;
  hash: string;
  signed_at: number;
  public_key: string;
  signature: string;
}

export const checkpointRow = (c: Checkpoint): TeamCheckpointRow => ({
  device_id: c.checkpoint.deviceId,
  seq: c.checkpoint.seq,
  hash: c.checkpoint.hash,
  signed_at: c.checkpoint.signedAt,
  public_key: JSON.stringify(c.publicKey),
  signature: c.signature,
});
