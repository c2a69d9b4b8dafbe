import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { buyerKey, type Action, type LearnedPhrasing } from '../model';
import { DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from './schema';

/** A stored action plus the derived fields that only exist to be indexed. */
export type StoredAction = Action & { buyerKey?: string; agentStaffId?: string; buyerNickKey?: string };

/** A draft the background could not accept as it came: kept as text with why, for the lead to see. */
export interface QuarantineRow {
  id: string;
  receivedAt: number;
  error: string;
  /** The action kind it claimed, when it named one. */
  kind?: string;
  /** The draft as JSON, cut to 20,000 characters. */
  raw: string;
  /** The page the draft came from, when the sender was a tab. */
  from?: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export class AppDB extends Dexie {
  actions!: EntityTable<StoredAction, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  quarantine!: EntityTable<QuarantineRow, 'id'>;
  learned!: Dexie.Table<LearnedPhrasing, [string, string]>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // Each upgrade adds indexes over fields the rows already hold: derive them again for every row.
    const reindex = (tx: Transaction) =>
      tx
        .table<StoredAction, string>('actions')
        .toCollection()
        .modify((row) => {
          Object.assign(row, indexFieldsOf(row));
        });
    this.version(2).stores(SCHEMA_V2).upgrade(reindex);
    this.version(3).stores(SCHEMA_V3).upgrade(reindex);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
  }
}

/** Indexed copies of fields the row already holds; kept out of the hash. */
type IndexFields = Pick<StoredAction, 'buyerKey' | 'agentStaffId' | 'buyerNickKey'>;

function indexFieldsOf(row: Action): IndexFields {
  const fields: IndexFields = {};
  const key = row.buyer ? buyerKey(row.buyer) : undefined;
  if (key) fields.buyerKey = key;
  if (row.buyer?.nick) fields.buyerNickKey = buyerKey({ ...row.buyer, buyerId: undefined });
  if (row.agent) fields.agentStaffId = row.agent.staffId;
  return fields;
}

export function withIndexFields(row: Action): StoredAction {
  return { ...row, ...indexFieldsOf(row) };
}

export function stripIndexFields(row: StoredAction): Action {
  const { agentStaffId: _a, buyerKey: _b, buyerNickKey: _n, ...action } = row;
  return action;
}
