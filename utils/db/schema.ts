/**
 * Every version of the database, oldest first. Shipped versions are never edited: a change is a new
 * entry with its upgrade. Only fields used in where()/orderBy() are indexed — never payloads or text.
 */
export const DB_NAME = 'kefu-assist';

export const SCHEMA_V1 = {
  actions: 'id, &[deviceId+seq], at, kind',
  meta: 'key',
};

/** v2: actions are found by buyer, agent and order (customer history, lead filters). */
export const SCHEMA_V2 = {
  actions: 'id, &[deviceId+seq], at, kind, [buyerKey+at], [agentStaffId+at], orderNo',
  meta: 'key',
};

/** v3: actions are also found by the buyer's nickname, so records seen under a nickname merge with the stable id. */
export const SCHEMA_V3 = {
  actions: 'id, &[deviceId+seq], at, kind, [buyerKey+at], [agentStaffId+at], orderNo, [buyerNickKey+at]',
  meta: 'key',
};

/** v4: drafts that failed validation are set aside one by one (kept for the lead), never blocking the rest. */
export const SCHEMA_V4 = { ...SCHEMA_V3, quarantine: 'id, receivedAt' };

/**
 * v5: phrasings learned from the agent's own picks (buyer words a template answered, with counts), one row per
 * template and text. Chat text lives here only, never in the action log.
 */
export const SCHEMA_V5 = { ...SCHEMA_V4, learned: '[templateId+text], templateId' };
