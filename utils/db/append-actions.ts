import Dexie from 'dexie';
import { GENESIS_HASH, hashAction } from '../log/hash-chain';
import { stampAgents } from '../log/agent-stamp';
import { buyerRefOf, makeDraft, type Action, type ActionDraft, type Agent, type AgentHistoryEntry } from '../model';
import { withIndexFields, type AppDB } from './app-db';
import { getDeviceId } from './device';
import { sortDrafts } from './quarantine';

/**
 * Appends drafts to this device's chain in one transaction and returns the ids now stored. Each row is stamped with
 * its draft's agent (who was logged in when it happened), else `agent`.
 * A draft whose id is already stored (a retry after a lost acknowledgement) is acknowledged
 * again but not written twice.
 */
export async function appendActions(db: AppDB, drafts: readonly ActionDraft[], agent: Agent | undefined): Promise<string[]> {
  return db.transaction('rw', db.actions, db.meta, async () => {
    const deviceId = await getDeviceId(db);
    const stored = await db.actions.bulkGet(drafts.map((d) => d.id));
    const last = await db.actions.where('[deviceId+seq]').between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey]).last();
    let seq = last ? last.seq + 1 : 0;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const seen = new Set<string>();
    const rows = [];
    for (const [i, draft] of drafts.entries()) {
      if (stored[i] || seen.has(draft.id)) continue;
      seen.add(draft.id);
      const who = draft.agent ?? agent;
      const unhashed: Omit<Action, 'hash'> = {
        id: draft.id,
        deviceId,
        seq,
        at: draft.at,
        kind: draft.kind,
        payload: draft.payload,
        agent: who,
        site: draft.site,
        pageUrl: draft.pageUrl,
        buyer: buyerRefOf(draft.site, who?.shop, draft.buyer),
        orderNo: draft.orderNo,
        clipped: draft.clipped,
        prevHash,
      };
      const row: Action = { ...unhashed, hash: hashAction(unhashed) };
      rows.push(withIndexFields(dropUndefined(row)));
      prevHash = row.hash;
      seq += 1;
    }
    await db.actions.bulkAdd(rows);
    return drafts.map((d) => d.id);
  });
}

/** Stored rows carry no `undefined` fields, so a row reads back exactly as it was hashed. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A batch as a sender handed it: every valid draft is stored, every invalid one is set aside in the quarantine (and
 * `log.quarantined` written once per draft id), and all of them are acknowledged, so the sender's queue moves on.
 * Each draft keeps the agent it carries; one without is stamped from `history` at its time, else with `agent` (who
 * is logged in now); a carried agent the history contradicts is flagged (`log.agent_mismatch`, once per draft).
 */
export async function appendBatch(db: AppDB, raws: readonly unknown[], agent: Agent | undefined, from?: string, history: readonly AgentHistoryEntry[] = []): Promise<string[]> {
  const sorted = sortDrafts(raws, Date.now(), from);
  const { invalid } = sorted;
  const { drafts: valid, mismatches } = stampAgents(sorted.valid, history, agent);
  return db.transaction('rw', db.actions, db.meta, db.quarantine, async () => {
    const known = await db.quarantine.bulkGet(invalid.map((r) => r.id));
    const fresh = [...new Map(invalid.filter((_, i) => !known[i]).map((r) => [r.id, r])).values()];
    await db.quarantine.bulkPut(fresh);
    const notes = fresh.map((r) => makeDraft('log.quarantined', { draftId: r.id, ...(r.kind ? { kind: r.kind } : {}), error: r.error }));
    await appendActions(db, [...valid, ...mismatches, ...notes], agent);
    return [...valid.map((d) => d.id), ...invalid.map((r) => r.id)];
  });
}
