import { makeDraft, type ActionDraft, type Agent, type AgentHistoryEntry } from '../model';
import { stableActionId } from './stable-id';

/**
 * How far a draft's time may be from a change of agent and still be taken as either side of it: the page hears of a
 * change a moment after the background does (or before), so a draft logged at the switch may carry either agent.
 */
export const SWITCH_SLACK_MS = 2000;

/** The entry in effect at `at` (history sorted by `since`); undefined before the first one. */
export function entryAt(history: readonly AgentHistoryEntry[], at: number): AgentHistoryEntry | undefined {
  let found: AgentHistoryEntry | undefined;
  for (const entry of history) {
    if (entry.since > at) break;
    found = entry;
  }
  return found;
}

/** The staff ids logged in at some moment within the slack around `at` ('' for nobody); undefined when the history starts later. */
function staffIdsAround(history: readonly AgentHistoryEntry[], at: number): Set<string> | undefined {
  const first = entryAt(history, at - SWITCH_SLACK_MS) ?? entryAt(history, at);
  if (!first) return undefined;
  const ids = new Set([first.agent?.staffId ?? '']);
  for (const entry of history) if (entry.since > at - SWITCH_SLACK_MS && entry.since <= at + SWITCH_SLACK_MS) ids.add(entry.agent?.staffId ?? '');
  return ids;
}

export interface StampedDrafts {
  /** The drafts, each with the agent it is stored under. */
  drafts: ActionDraft[];
  /** One `log.agent_mismatch` per draft whose snapshot disagrees with the history (its id derived from the draft's). */
  mismatches: ActionDraft[];
}

/**
 * Who each draft is stored under: its own snapshot, taken when the action happened; for a draft without one (an
 * older build's outbox) the agent the history had logged in at its time, else `fallback` (who is logged in now).
 * A snapshot the history contradicts is kept as the page said it and flagged.
 */
export function stampAgents(drafts: readonly ActionDraft[], history: readonly AgentHistoryEntry[], fallback: Agent | undefined): StampedDrafts {
  const stamped: ActionDraft[] = [];
  const mismatches: ActionDraft[] = [];
  for (const draft of drafts) {
    if (!draft.agent) {
      const known = entryAt(history, draft.at);
      const agent = known ? known.agent : fallback;
      stamped.push(agent ? { ...draft, agent } : draft);
      continue;
    }
    stamped.push(draft);
    const expected = staffIdsAround(history, draft.at);
    if (expected && !expected.has(draft.agent.staffId)) {
      const then = entryAt(history, draft.at)?.agent;
      const note = makeDraft('log.agent_mismatch', { draftId: draft.id, staffId: draft.agent.staffId, ...(then ? { expectedStaffId: then.staffId } : {}) }, { agent: draft.agent });
      mismatches.push({ ...note, id: stableActionId('agent-mismatch', draft.id) });
    }
  }
  return { drafts: stamped, mismatches };
}

/** Whether two agents are the same login (any field changed is a new entry in the history). */
export function sameAgent(a: Agent | undefined, b: Agent | undefined): boolean {
  return a?.staffId === b?.staffId && a?.name === b?.name && a?.role === b?.role && a?.shop === b?.shop;
}
