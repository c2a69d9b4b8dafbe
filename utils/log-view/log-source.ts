import type { AppDB } from '../db/app-db';
import { exportCheckpoints } from '../db/checkpoints';
import { loggedStaffIds, rowsByIds, rowsInChunks, streamMatchingIds } from '../db/log-query';
import { createKpiAccumulator } from '../kpi/compute-kpis';
import type { AgentDayKpi, KpiOptions } from '../kpi/kpi-types';
import type { Action, Checkpoint } from '../model';
import { cleanFilter, type LogFilter } from '../model/log-filter';
import { allProfiles } from '../sites';
import { teamChunks, teamCount, teamKpis, teamPage, teamStaffIds, type TeamResult, type TeamSource } from '../team-log/client';
import type { TrustedRows } from '../team-log/query';
import { localQaSource } from '../qa/local-qa-source';
import type { QaSource } from '../qa/qa-source';
import { teamQaSource } from '../qa/team-qa-source';

/** The filtered log as a table sees it: how many rows, and the rows at positions [from, to), newest first. */
export interface LogWindow {
  total: number;
  /** False while a local search is still walking back through older rows (`total` only grows). */
  complete: boolean;
  /** The rows at [from, to); a row of the team table that does not parse (another tool wrote it) is a null at the end of its page. */
  rowsAt(from: number, to: number): Promise<(Action | null)[]>;
}

export interface WindowOptions {
  signal?: AbortSignal;
  /** Called with each partial window while a local search runs (the first screen of a million-row log at once). */
  onPartial?: (window: LogWindow) => void;
}

export interface KpiRun {
  signal?: AbortSignal;
  onProgress?: (rows: number) => void;
}

/**
 * Where the dashboard reads the log from: this browser's IndexedDB (its own log or the merged files) or the team's
 * ClickHouse. The table, the KPI view and the export take any of them; only what a source lacks (cases and
 * trainees are kept on the device) is optional.
 */
export interface LogSource {
  kind: 'local' | 'team';
  count(filter: LogFilter): Promise<number>;
  window(filter: LogFilter, options?: WindowOptions): Promise<LogWindow>;
  /** The whole filtered log a chunk at a time (exports; the team log in chain order, the local one newest first). */
  chunks(filter: LogFilter, chunkSize?: number, signal?: AbortSignal): AsyncIterable<Action[]>;
  staffIds(): Promise<string[]>;
  kpis(filter: LogFilter, options: KpiOptions, run?: KpiRun): Promise<AgentDayKpi[]>;
  /** The QA board's figures: folded on the device from the local rows, or by the team's server in SQL. */
  qa: QaSource;
  /** Signs the export's device heads where this browser can (its own log, imported signed heads). */
  checkpoints?(heads: Map<string, { seq: number; hash: string }>): Promise<Checkpoint[]>;
  /** The database that holds cases, trainee progress and the site-health log: local sources only. */
  cases?: AppDB;
  trainees?: AppDB;
  health?: AppDB;
  /** The team's server, for the chain check and the KPIs over the rows it vouched for: the team source only. */
  team?: TeamSource;
}

function idsWindow(db: AppDB, ids: string[], complete: boolean): LogWindow {
  return { total: ids.length, complete, rowsAt: async (from, to) => rowsByIds(db, ids.slice(from, to)) };
}

async function matching(db: AppDB, filter: LogFilter, options: WindowOptions = {}): Promise<string[]> {
  let found: string[] = [];
  await streamMatchingIds(
    db,
    cleanFilter(filter),
    (ids, complete) => {
      found = ids;
      if (!complete) options.onPartial?.(idsWindow(db, ids, false));
    },
    options.signal,
  );
  return found;
}

/** This browser's log (`ownDb`) or the merged files (`mergedDb`): ids found on the indexes, rows read by position. */
export function localSource(db: AppDB): LogSource {
  return {
    kind: 'local',
    count: async (filter) => (await matching(db, filter)).length,
    window: async (filter, options) => idsWindow(db, await matching(db, filter, options), true),
    async *chunks(filter, chunkSize = 2000, signal) {
      yield* rowsInChunks(db, await matching(db, filter, { signal }), chunkSize, signal);
    },
    staffIds: () => loggedStaffIds(db),
    async kpis(filter, options, run = {}) {
      const kpis = createKpiAccumulator(options);
      let done = 0;
      for await (const chunk of rowsInChunks(db, await matching(db, filter, { signal: run.signal }), 5000, run.signal)) {
        chunk.forEach(kpis.add);
        run.onProgress?.((done += chunk.length));
      }
      return kpis.result();
    },
    qa: localQaSource(db),
    checkpoints: (heads) => exportCheckpoints(db, heads),
    cases: db,
    trainees: db,
    health: db,
  };
}

const valueOf = <T>(result: TeamResult<T>): T => {
  if (!result.ok) throw new TeamLogError(result.error, result.detail);
  return result.value;
};

/** A failed team query: the SyncError code (for the UI's words) and the server's detail. */
export class TeamLogError extends Error {
  constructor(
    readonly code: Extract<TeamResult<never>, { ok: false }>['error'],
    readonly detail: string,
  ) {
    super(`${code}: ${detail.slice(0, 200)}`);
  }
}

/** Rows a page holds per request: the table asks for what is in view, in pages of this size. */
const TEAM_PAGE = 100;

/**
 * The team's log on its ClickHouse, read with the lead's read-only account: counted, paged and folded into KPIs by
 * the server; nothing of it is copied into this browser. `trusted` keeps the KPIs to the rows the chain check vouched for.
 */
export function teamSource(connection: TeamSource, trusted?: TrustedRows): LogSource {
  return {
    kind: 'team',
    team: connection,
    count: async (filter) => valueOf(await teamCount(connection, cleanFilter(filter), trusted)),
    async window(filter) {
      const clean = cleanFilter(filter);
      const total = valueOf(await teamCount(connection, clean));
      return {
        total,
        complete: true,
        async rowsAt(from, to) {
          const out: (Action | null)[] = [];
          for (let offset = from; offset < Math.min(to, total); offset += TEAM_PAGE) {
            const page = valueOf(await teamPage(connection, clean, { limit: Math.min(TEAM_PAGE, to - offset), offset }));
            out.push(...page.rows, ...Array<null>(page.unreadable).fill(null));
          }
          return out;
        },
      };
    },
    async *chunks(filter, chunkSize = 2000, signal) {
      for await (const chunk of teamChunks(connection, cleanFilter(filter), chunkSize, signal)) yield chunk.rows;
    },
    staffIds: async () => valueOf(await teamStaffIds(connection)),
    kpis: async (filter, options) => valueOf(await teamKpis(connection, cleanFilter(filter), allProfiles(), options, trusted)),
    qa: teamQaSource(connection, valueOf),
  };
}
