/**
 * The SQL a lead runs once on ClickHouse ≥ 23.11: the database, the append-only tables (actions, signed checkpoints,
 * live presence), one INSERT-only user per agent and a SELECT-only lead user. The inserting user is stamped by the
 * server (`agent_user MATERIALIZED currentUser()`), so the dashboard can check that a device's rows came from its
 * registered agent. Passwords are letters and digits (no quoting to get wrong).
 */
export interface SetupUser {
  user: string;
  password: string;
}

const COLUMNS = `device_id String, seq UInt64, id String, at UInt64, kind LowCardinality(String), site LowCardinality(String),
  shop String, buyer_key String, staff_id String, order_no String, hash String, prev_hash String, row String`;

const CHECKPOINT_COLUMNS = 'device_id String, seq UInt64, hash String, signed_at UInt64, public_key String, signature String';

const PRESENCE_COLUMNS = `at UInt64, device_id String, tab String, staff_id String, agent_name String, site String, shop String,
  status String, waiting UInt32, oldest_wait_ms UInt64, over_limit UInt32, limit_ms UInt64`;

export interface DdlOptions {
  /** The server-side user column (servers that have `currentUser()` in a MATERIALIZED column: ≥ 23.11 here). */
  stampUser?: boolean;
  lowCardinality?: boolean;
  /** The table's name (a shard's local table under a Distributed one). */
  table?: string;
}

const stamp = (on: boolean) => (on ? ',\n  agent_user String MATERIALIZED currentUser()' : '');

/**
 * The log table: a plain MergeTree keeps every inserted version, so a row inserted again under a device's id and
 * sequence sits beside the original (the dashboard reports it) instead of silently replacing it. Reads collapse
 * identical copies (a retried batch) with `LIMIT 1 BY device_id, seq`.
 */
export function tableDdl(database: string, { stampUser = true, lowCardinality = true, table = 'actions' }: DdlOptions = {}): string {
  const columns = lowCardinality ? COLUMNS : COLUMNS.replace(/LowCardinality\(String\)/g, 'String');
  return `CREATE TABLE IF NOT EXISTS ${database}.${table} (\n  ${columns}${stamp(stampUser)}\n) ENGINE = MergeTree ORDER BY (device_id, seq)`;
}

/** Each device's signed chain heads, pushed after its rows (every version kept too). */
export function checkpointsDdl(database: string, { stampUser = true, table = 'checkpoints' }: DdlOptions = {}): string {
  return `CREATE TABLE IF NOT EXISTS ${database}.${table} (\n  ${CHECKPOINT_COLUMNS}${stamp(stampUser)}\n) ENGINE = MergeTree ORDER BY (device_id, seq)`;
}

/**
 * Live state, one heartbeat per open chat tab every 15 s. Servers with TTL (≥ 19.6) drop heartbeats after a day; on
 * older ones (Debian's 18.16) the replacing key keeps only each tab's newest heartbeat once parts merge, which bounds
 * the table by the number of tabs ever opened.
 */
export function presenceDdl(database: string, { stampUser = true, ttl = true, table = 'presence' }: DdlOptions & { ttl?: boolean } = {}): string {
  const engine = ttl ? 'MergeTree ORDER BY (device_id, tab, at) TTL toDateTime(intDiv(at, 1000)) + INTERVAL 1 DAY' : 'ReplacingMergeTree(at) ORDER BY (device_id, tab)';
  return `CREATE TABLE IF NOT EXISTS ${database}.${table} (\n  ${PRESENCE_COLUMNS}${stamp(stampUser)}\n) ENGINE = ${engine}`;
}

export const TEAM_TABLES = ['actions', 'checkpoints', 'presence'] as const;

export function setupSql(database: string, agents: readonly SetupUser[], lead: SetupUser): string[] {
  const tables = TEAM_TABLES.map((t) => `${database}.${t}`);
  return [
    `CREATE DATABASE IF NOT EXISTS ${database}`,
    tableDdl(database),
    checkpointsDdl(database),
    presenceDdl(database),
    ...agents.flatMap((a) => [`CREATE USER IF NOT EXISTS ${a.user} IDENTIFIED WITH sha256_password BY '${a.password}'`, ...tables.map((t) => `GRANT INSERT ON ${t} TO ${a.user}`)]),
    `CREATE USER IF NOT EXISTS ${lead.user} IDENTIFIED WITH sha256_password BY '${lead.password}'`,
    `GRANT SELECT ON ${database}.* TO ${lead.user}`,
  ];
}

/** A password for a generated user: 20 letters and digits from the browser's CSPRNG. */
export function newPassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

/** A ClickHouse user name for an agent's 工号 (letters, digits and _ only). */
export const agentUser = (staffId: string) => `kefu_${staffId.replace(/[^A-Za-z0-9_]/g, '_')}`;

/** The three tables' DDL for one server (Debian's 18.16: no stamped user, no LowCardinality, no TTL). */
export function teamTablesDdl(database: string, { stampUser = true, lowCardinality = true, ttl = true }: DdlOptions & { ttl?: boolean } = {}): string[] {
  return [tableDdl(database, { stampUser, lowCardinality }), checkpointsDdl(database, { stampUser }), presenceDdl(database, { stampUser, ttl })];
}

/** The options that server version takes (`currentUser()` stamped from 23.11, LowCardinality from 19.0, TTL from 19.6). */
export function ddlOptionsFor(version: readonly number[]) {
  const at = (major: number, minor: number) => (version[0] ?? 0) > major || ((version[0] ?? 0) === major && (version[1] ?? 0) >= minor);
  return { stampUser: at(23, 11), lowCardinality: at(19, 0), ttl: at(19, 6) };
}
