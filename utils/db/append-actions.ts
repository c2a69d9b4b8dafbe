import Dexie from 'dexie';
import { GENESIS_HASH, hashAction } from '../log/hash-chain';
import { buyerRefOf, type Action, type ActionDraft, type Agent } from '../model';
import { withIndexFields, type AppDB } from './app-db';
import { getDeviceId } from './device';

/**
 * Appends drafts to this device's chain in one transaction and returns the ids now stored.
 * A draft whose id is already stored (a retry after a lost acknowledgement) is acknowledged
 * again but not written twice.
 */
export async function appendActions(db: AppDB, drafts: readonly ActionDraft[], agent: Agent | undefined): Promise<string[]> {
  return db.transaction('rw', db.actions, db.meta, async () => {
    const deviceId = await getDeviceId(db);
    const stored = await db.actions.bulkGet(drafts.map((d) => d.id));
    const last = await db.actions
      .where('[deviceId+seq]')
      .between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey])
      .last();
    let seq = last ? last.seq + 1 : 0;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const seen = new Set<string>();
    const rows = [];
    for (const [i, draft] of drafts.entries()) {
      if (stored[i] || seen.has(draft.id)) continue;
      seen.add(draft.id);
      const unhashed: Omit<Action, 'hash'> = {
        id: draft.id,
        deviceId,
        seq,
        at: draft.at,
        kind: draft.kind,
        payload: draft.payload,
        agent,
        site: draft.site,
        pageUrl: draft.pageUrl,
        buyer: buyerRefOf(draft.site, agent?.shop, draft.buyer),
        orderNo: draft.orderNo,
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
