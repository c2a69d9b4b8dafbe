import type { Checkpoint } from '../model';
import type { SyncConnection } from './connection';
import { checkpointRow } from './rows';

/** Why a push did not land, in words the popup and panel say. */
export type SyncError = 'unreachable' | 'wrong-password' | 'table-missing' | 'permission-missing' | 'not-allowed' | 'server-error';

export type PushResult = { ok: true } | { ok: false; error: SyncError; detail: string };

/** ClickHouse's exception codes that mean something the agent or lead can act on. */
function classify(status: number, body: string): SyncError {
  const code = Number(body.match(/Code: (\d+)/)?.[1]);
  if (status === 401 || code === 516 || code === 192 || code === 193 || /Authentication failed|password is incorrect/i.test(body)) return 'wrong-password';
  if (code === 60 || code === 81) return 'table-missing';
  if (code === 497 || /Not enough privileges/i.test(body)) return 'not-allowed';
  return 'server-error';
}

const REQUEST_TIMEOUT_MS = 30_000;

const authHeader = (c: SyncConnection) => `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${c.user}:${c.password}`)))}`;

/** A query against the connection's server over the HTTP interface (POST body = the data). */
export async function clickhouseRequest(
  c: SyncConnection,
  query: string,
  body = '',
  params: Record<string, string> = {},
  fetcher: typeof fetch = fetch,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<{ ok: true; text: string } | { ok: false; error: SyncError; detail: string }> {
  const url = new URL(`${c.url}/`);
  // A long read (the KPI query) goes in the body: URLs have length limits on the way; data inserts keep it in the URL.
  const inBody = body === '' && query.length > 2000;
  if (!inBody) url.searchParams.set('query', query);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  let response: Response | undefined;
  // A server that stops answering (a cut network keeps the socket open) fails the try instead of hanging the push.
  const send = () => fetcher(url, { method: 'POST', headers: { Authorization: authHeader(c) }, body: inBody ? query : body, signal: AbortSignal.timeout(timeoutMs) });
  // One immediate second try: a kept-alive connection the server closed while idle fails once and then works (a
  // repeated insert stores nothing twice: the table keeps one row per device and sequence).
  for (let attempt = 0; !response; attempt++) {
    try {
      response = await send();
    } catch (error) {
      if (attempt === 1 || (error as Error)?.name === 'TimeoutError') return { ok: false, error: 'unreachable', detail: String((error as Error)?.message ?? error).slice(0, 200) };
    }
  }
  const text = await response.text();
  if (response.ok) return { ok: true, text };
  return { ok: false, error: classify(response.status, text), detail: text.slice(0, 300) };
}

/** The server's version as numbers (18.16.1 → [18, 16, 1]). */
export async function serverVersion(c: SyncConnection, fetcher: typeof fetch = fetch) {
  const result = await clickhouseRequest(c, 'SELECT version()', '', {}, fetcher);
  return result.ok ? { ok: true as const, version: result.text.trim().split('.').map(Number) } : result;
}

/** `insert_deduplication_token` exists from ClickHouse 22.2; an older server would reject the unknown setting. */
export const supportsDedupToken = (version: number[]) => (version[0] ?? 0) > 22 || ((version[0] ?? 0) === 22 && (version[1] ?? 0) >= 2);

/**
 * One batch as `INSERT INTO <db>.actions FORMAT JSONEachRow`. The token names the batch by device and sequence range,
 * so the server drops a retried batch it already stored; the table's ReplacingMergeTree key (device_id, seq) makes
 * reads with FINAL exact on servers without tokens too.
 */
export async function pushBatch(c: SyncConnection, body: string, token: string, version: number[], fetcher: typeof fetch = fetch): Promise<PushResult> {
  const params: Record<string, string> = supportsDedupToken(version) ? { insert_deduplication_token: token } : {};
  const result = await clickhouseRequest(c, `INSERT INTO ${c.database}.actions FORMAT JSONEachRow`, body, params, fetcher);
  return result.ok ? { ok: true } : result;
}

/** The device's signed head after a batch, into `<db>.checkpoints` (a repeated one is harmless: the newest valid one counts). */
export async function pushCheckpoint(c: SyncConnection, checkpoint: Checkpoint, fetcher: typeof fetch = fetch): Promise<PushResult> {
  const result = await clickhouseRequest(c, `INSERT INTO ${c.database}.checkpoints FORMAT JSONEachRow`, `${JSON.stringify(checkpointRow(checkpoint))}\n`, {}, fetcher);
  return result.ok ? { ok: true } : result;
}

/** How long to wait before the next try after `failures` failures in a row: 30 s doubling up to 30 min. */
export const backoffMs = (failures: number) => Math.min(30_000 * 2 ** Math.max(0, failures - 1), 30 * 60_000);
