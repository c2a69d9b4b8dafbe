import { sameAgent } from '../log/agent-stamp';
import { agentHistoryEntrySchema, type Agent, type AgentHistoryEntry } from '../model';
import type { AppDB } from './app-db';

/** One meta row per change (`agentHistory:<since>`): appended, never rewritten, so one bad row costs only itself. */
const PREFIX = 'agentHistory:';
const keyOf = (since: number) => `${PREFIX}${String(since).padStart(15, '0')}`;

/** Every change of who is logged in, oldest first; a row that does not parse is left in place and reported. */
export async function readAgentHistory(db: AppDB): Promise<AgentHistoryEntry[]> {
  const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
  return rows.flatMap((row) => {
    const parsed = agentHistoryEntrySchema.safeParse(row.value);
    if (parsed.success) return [parsed.data];
    console.warn(`[kefu] stored ${row.key} does not parse (${parsed.error.issues[0]?.message}); kept, and skipped`);
    return [];
  });
}

/** Records that `agent` is logged in from `since` on, unless the last entry already says so; returns the history. */
export async function recordAgent(db: AppDB, agent: Agent | undefined, since: number): Promise<AgentHistoryEntry[]> {
  return db.transaction('rw', db.meta, async () => {
    const history = await readAgentHistory(db);
    const last = history.at(-1);
    if (last && sameAgent(last.agent, agent)) return history;
    const entry: AgentHistoryEntry = { since: Math.max(since, last ? last.since + 1 : 0), ...(agent ? { agent } : {}) };
    await db.meta.put({ key: keyOf(entry.since), value: entry });
    return [...history, entry];
  });
}
