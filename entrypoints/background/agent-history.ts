import type { AppDB } from '@/utils/db/app-db';
import { readAgentHistory, recordAgent } from '@/utils/db/agent-history';
import { withOpenDb } from '@/utils/db/reopening';
import { traceMark } from '@/utils/log/start-trace';
import { sameAgent } from '@/utils/log/agent-stamp';
import type { Agent, AgentHistoryEntry } from '@/utils/model';
import { settingsStore } from '@/utils/storage';

export interface AgentsNow {
  /** Who is logged in now (the stamp of a draft that carries none and predates the history). */
  agent: Agent | undefined;
  history: readonly AgentHistoryEntry[];
}

/**
 * The history of who was logged in, kept by the background: read once per worker start (a handful of rows), a change
 * missed while the worker slept recorded at start, and each change of the settings recorded as it is seen.
 */
export function watchAgentHistory(db: AppDB) {
  let history: AgentHistoryEntry[] = [];
  const record = async (agent: Agent | undefined) => {
    history = await withOpenDb(db, () => recordAgent(db, agent, Date.now()));
  };
  const ready = (async () => {
    const [settings, kept] = await Promise.all([settingsStore.load(), withOpenDb(db, () => readAgentHistory(db))]);
    history = kept;
    if (!history.length || !sameAgent(history.at(-1)!.agent, settings.agent)) await record(settings.agent);
  })()
    .then(() => traceMark('agents-ready'))
    .catch((error) => console.warn('[kefu] agent history not read', error));
  settingsStore.watch((settings) => {
    void ready.then(() => record(settings.agent)).catch((error) => console.warn('[kefu] agent change not recorded', error));
  });
  return {
    async now(): Promise<AgentsNow> {
      await ready;
      // With no history (it could not be read) the settings say who is logged in, as before there was one.
      return { agent: history.length ? history.at(-1)!.agent : (await settingsStore.load()).agent, history };
    },
  };
}

export type AgentHistory = ReturnType<typeof watchAgentHistory>;
