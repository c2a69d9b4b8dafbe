import type { LogFilter } from '../log-view/log-filter';
import { actionSchema, type Action } from '../model';
import type { SyncConnection } from '../team-sync/connection';
import { clickhouseRequest, type SyncError } from '../team-sync/push';
import { bindQuery } from './bind';
import { chunkQuery, countQuery, pageQuery, staffIdsQuery, type TeamQuery } from './query';
import { kpiQueries, kpiRowsFromSql } from './kpi-sql';
import type { AgentDayKpi, KpiOptions } from '../kpi/kpi-types';
import type { SiteProfile } from '../model';

/** The team table as the lead's dashboard reads it: the lead's read-only connection and the server's version. */
export interface TeamSource {
  connection: SyncConnection;
  version: number[];
  fetcher?: typeof fetch;
}

export type TeamResult<T> = { ok: true; value: T } | { ok: false; error: SyncError; detail: string };

async function run(source: TeamSource, query: TeamQuery): Promise<TeamResult<string>> {
  const { sql, params } = bindQuery(query, source.version);
  const result = await clickhouseRequest(source.connection, sql, '', params, source.fetcher);
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

export async function teamCount(source: TeamSource, filter: LogFilter): Promise<TeamResult<number>> {
  const result = await run(source, countQuery(source.connection.database, filter));
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
 * The whole filtered team log in chain order, a chunk per request, for exports, chain checks and KPIs: the browser
 * holds one chunk at a time. Throws the server's error in words (`SyncError: detail`) when a chunk fails.
 */
export async function* teamChunks(source: TeamSource, filter: LogFilter, chunkSize = 5000, signal?: AbortSignal): AsyncGenerator<{ rows: Action[]; unreadable: number }> {
  let after: { deviceId: string; seq: number } | undefined;
  for (;;) {
    if (signal?.aborted) return;
    const result = await run(source, chunkQuery(source.connection.database, filter, after, chunkSize));
    if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
    const all = lines(result.value);
    if (all.length === 0) return;
    const rows: Action[] = [];
    for (const line of all) {
      const [deviceId, seq, json] = line.split('\t');
      after = { deviceId: deviceId!, seq: Number(seq) };
      const row = parseTeamRow(json ?? '');
      if (row) rows.push(row);
    }
    yield { rows, unreadable: all.length - rows.length };
    if (all.length < chunkSize) return;
  }
}

/** The team's KPIs computed by the server (kpi-sql.ts): the same rows computeKpis would give for the same log. */
export async function teamKpis(source: TeamSource, filter: LogFilter, profiles: readonly SiteProfile[], options: KpiOptions): Promise<TeamResult<AgentDayKpi[]>> {
  const { figures, platform } = kpiQueries(source.connection.database, filter, profiles, options);
  const [f, p] = await Promise.all([run(source, figures), run(source, platform)]);
  if (!f.ok) return f;
  if (!p.ok) return p;
  const parse = (text: string) => lines(text).map((line) => JSON.parse(line) as Record<string, string | number>);
  return { ok: true, value: kpiRowsFromSql(parse(f.value), parse(p.value)) };
}
