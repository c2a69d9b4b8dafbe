import type { AppDB } from '../db/app-db';
import { qaActions } from '../db/qa-query';
import { foldConversations } from './fold';
import { boardOf, type QaSource } from './qa-source';
import { filterConversations } from './board';

/** The QA of this browser's log or the merged files: the pure fold over the QA rows the database holds. */
export function localQaSource(db: AppDB): QaSource {
  const fold = async (card: Parameters<typeof foldConversations>[1], now: number) => foldConversations(await qaActions(db), card, now);
  return {
    board: async (filter, card, now, limit) => boardOf(await fold(card, now), filter, limit),
    conversations: async (filter, card, now, limit) => filterConversations(await fold(card, now), filter).slice(0, limit),
    async rows(conversation) {
      const rows = await qaActions(db);
      return rows
        .filter((r) => (r.kind === 'qa.scored' || r.kind === 'qa.overridden') && (r.payload as { conversation?: unknown }).conversation === conversation)
        .sort((a, b) => a.at - b.at || a.deviceId.localeCompare(b.deviceId) || a.seq - b.seq);
    },
  };
}
