import type { LogFilter } from '../model/log-filter';
import { actionSchema, type Action } from '../model';
import type { SyncConnection } from '../team-sync/connection';
import { clickhouseRequest, type SyncError } from '../team-sync/push';
import { bindQuery } from './bind';
import { checkpointsQuery, chunkQuery, countQuery, pageQuery, staffIdsQuery, verifyQuery, type ChunkPosition, type TeamQuery, type TrustedRows } from './query';
import { createTeamVerifier, type StoredCheckpoint, type TeamVerification, type VersionGroup } from './verify';
import { verifyValue } from '../log/signing';
import { publicKeyJwkSchema, type DeviceKey } from '../model';
import { kpiQuery, kpiRowsFromSql } from './kpi-sql';
import type { AgentDayKpi, KpiOptions } from '../kpi/kpi-types';
import type { SiteProfile } from '../model';

/** The team table as the lead's dashboard reads it: the lead's read-only connection and the server's version. */
export interface TeamSource {
  connection: SyncConnection;
  version: number[];
  fetcher?: typeof fetch;
}

export type TeamResult<T> = { ok: true; value: T } | { ok: false; error: SyncError; detail: string };

/** Any of the product's queries against the team server, values bound as the server's version needs. */
export async function runTeamQuery(source: TeamSource, query: TeamQuery, timeoutMs?: number): Promise<TeamResult<string>> {
  return run(source, query, timeoutMs);
}

async function run(source: TeamSource, query: TeamQuery, timeoutMs?: number): Promise<TeamResult<string>> {
  const { sql, params } = bindQuery(query, source.version);
  const result = await clickhouseRequest(source.connection, sql, '', params, source.fetcher, timeoutMs);
  return result.ok ? { ok: true, value: result.text } : result;
}

/** A stored row as the log holds it; rows another tool wrote into the table that do not parse are counted, not shown. */
export function parseTeamRow(json: string): Action | undefined {
  try {
    const parsed = actionSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

export async function teamCount(source: TeamSource, filter: LogFilter, trusted?: TrustedRows): Promise<TeamResult<number>> {
  const result = await run(source, countQuery(source.connection.database, filter, trusted));
  return result.ok ? { ok: true, value: Number(result.value.trim()) } : result;
}

export async function teamStaffIds(source: TeamSource): Promise<TeamResult<string[]>> {
  const result = await run(source, staffIdsQuery(source.connection.database));
  return result.ok ? { ok: true, value: lines(result.value) } : result;
}

export async function teamPage(source: TeamSource, filter: LogFilter, page: { limit: number; offset: number }): Promise<TeamResult<{ rows: Action[]; unreadable: number }>> {
  const result = await run(source, pageQuery(source.connection.database, filter, page));
  if (!result.ok) return result;
  const all = lines(result.value);
  const rows = all.map(parseTeamRow).filter((r) => r !== undefined);
  return { ok: true, value: { rows, unreadable: all.length - rows.length } };
}

/**
 * The whole filtered team log in chain order, a chunk per request, as the server's lines (device, sequence, row JSON):
 * the browser holds one chunk at a time. Throws the server's error in words (`SyncError: detail`) when a chunk fails.
 */
export async function* teamChunkLines(source: TeamSource, filter: LogFilter, chunkSize = 5000, signal?: AbortSignal): AsyncGenerator<{ deviceId: string; seq: number; json: string }[]> {
  yield* walkChain(async (position) => {
    const result = await run(source, chunkQuery(source.connection.database, filter, position, chunkSize));
    if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
    return lines(result.value).map((line) => {
      const [deviceId, seq, json] = line.split('\t');
      return { deviceId: deviceId!, seq: Number(seq), json: json ?? '' };
    });
  }, signal);
}

/** Keyset walk in chain order: the next window of a device, the rest of it past a gap, then the devices after it. */
async function* walkChain<T extends { deviceId: string; seq: number }>(chunk: (position: ChunkPosition | undefined) => Promise<T[]>, signal?: AbortSignal): AsyncGenerator<T[]> {
  let after: ChunkPosition | undefined;
  for (;;) {
    if (signal?.aborted) return;
    let rows = await chunk(after);
    // Nothing in the window: the rest of this device past a gap (a filter skips rows), else the devices after it.
    if (rows.length === 0 && after && !after.next && after.window !== false) rows = await chunk({ ...after, window: false });
    if (rows.length === 0 && after && !after.next) rows = await chunk({ ...after, next: true });
    if (rows.length === 0) return;
    const last = rows.at(-1)!;
    after = { deviceId: last.deviceId, seq: last.seq };
    yield rows;
  }
}

/** The same chunks as log rows; rows another tool wrote that do not parse are counted, not returned. */
export async function* teamChunks(source: TeamSource, filter: LogFilter, chunkSize = 5000, signal?: AbortSignal): AsyncGenerator<{ rows: Action[]; unreadable: number }> {
  for await (const chunk of teamChunkLines(source, filter, chunkSize, signal)) {
    const rows = chunk.map((line) => parseTeamRow(line.json)).filter((r) => r !== undefined);
    yield { rows, unreadable: chunk.length - rows.length };
  }
}

/** The team's KPIs computed by the server (kpi-sql.ts): the same rows computeKpis would give for the same log. */
export async function teamKpis(source: TeamSource, filter: LogFilter, profiles: readonly SiteProfile[], options: KpiOptions, trusted?: TrustedRows): Promise<TeamResult<AgentDayKpi[]>> {
  // A whole service centre's KPIs may take the server minutes: the query is allowed ten.
  const result = await run(source, kpiQuery(source.connection.database, filter, profiles, options, trusted), 10 * 60_000);
  if (!result.ok) return result;
  return { ok: true, value: kpiRowsFromSql(lines(result.value).map((line) => JSON.parse(line) as Record<string, string | number>)) };
}

/** Servers that stamp the inserting user in a MATERIALIZED column (the setup SQL's `agent_user`): 23.11 and later here. */
export const stampsUser = (version: readonly number[]) => (version[0] ?? 0) > 23 || ((version[0] ?? 0) === 23 && (version[1] ?? 0) >= 11);

/** Every checkpoint stored, each signature checked against the key it names (WebCrypto). */
export async function teamCheckpoints(source: TeamSource): Promise<TeamResult<StoredCheckpoint[]>> {
  const result = await run(source, checkpointsQuery(source.connection.database, stampsUser(source.version)));
  if (!result.ok) return result;
  const checkpoints = await Promise.all(
    lines(result.value).map(async (line): Promise<StoredCheckpoint> => {
      const r = JSON.parse(line) as Record<string, string>; // 64-bit numbers come quoted (or not, by server setting): Number() reads both
      let publicKey: StoredCheckpoint['publicKey'];
      try {
        const parsed = publicKeyJwkSchema.safeParse(JSON.parse(r.public_key ?? ''));
        publicKey = parsed.success ? parsed.data : undefined;
      } catch {
        publicKey = undefined;
      }
      const checkpoint = { deviceId: r.device_id ?? '', seq: Number(r.seq), hash: r.hash ?? '', signedAt: Number(r.signed_at) };
      const signatureOk = !!publicKey && (await verifyValue(publicKey, checkpoint, r.signature ?? ''));
      return { deviceId: checkpoint.deviceId, seq: checkpoint.seq, hash: checkpoint.hash, publicKey, signatureOk, agentUser: r.agent_user ?? '' };
    }),
  );
  return { ok: true, value: checkpoints };
}

/** The whole table's (device, sequence) keys in chain order, each with every distinct version stored under it. */
export async function* teamVersionGroups(source: TeamSource, chunkSize = 5000, signal?: AbortSignal): AsyncGenerator<VersionGroup[]> {
  const stamped = stampsUser(source.version);
  yield* walkChain(async (position) => {
    const result = await run(source, verifyQuery(source.connection.database, position, chunkSize, stamped));
    if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
    return lines(result.value).map((line) => {
      const r = JSON.parse(line) as { device_id: string; seq: string | number; rows: string[]; copies: string | number; users: string[] };
      return { deviceId: r.device_id, seq: Number(r.seq), rows: r.rows, copies: Number(r.copies), users: r.users };
    });
  }, signal);
}

/**
 * Verifies the team log as stored: every device's chain and signed checkpoints against the keys the team policy
 * registers, conflicting versions and (where stamped) the inserting user. The result says what the KPIs may count.
 */
export async function teamVerify(
  source: TeamSource,
  deviceKeys: readonly DeviceKey[],
  onProgress?: (rows: number) => void,
  signal?: AbortSignal,
  chunkSize = 5000,
): Promise<TeamResult<TeamVerification>> {
  const checkpoints = await teamCheckpoints(source);
  if (!checkpoints.ok) return checkpoints;
  const verifier = createTeamVerifier(deviceKeys, checkpoints.value);
  let rows = 0;
  try {
    for await (const groups of teamVersionGroups(source, chunkSize, signal)) {
      verifier.add(groups);
      rows += groups.length;
      onProgress?.(rows);
    }
  } catch (error) {
    const [kind, ...detail] = String((error as Error).message).split(': ');
    return { ok: false, error: (kind as SyncError) ?? 'server-error', detail: detail.join(': ') };
  }
  return { ok: true, value: verifier.result() };
}
