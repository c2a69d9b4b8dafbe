/**
 * The SQL a lead runs once on ClickHouse ≥ 23.11: the database, the append-only table, one INSERT-only user per agent
 * and a SELECT-only lead user. The inserting user is stamped by the server (`agent_user MATERIALIZED currentUser()`),
 * so an agent cannot write rows as another agent. Passwords are letters and digits (no quoting to get wrong).
 */
export interface SetupUser {
  user: string;
  password: string;
}

const COLUMNS = `device_id String, seq UInt64, id String, at UInt64, kind LowCardinality(String), site LowCardinality(String),
  shop String, buyer_key String, staff_id String, order_no String, hash String, prev_hash String, row String`;

/** The table; `stampUser` adds the server-side user column (servers that have `currentUser()`). */
export function tableDdl(database: string, { stampUser = true, lowCardinality = true } = {}): string {
  const columns = lowCardinality ? COLUMNS : COLUMNS.replace(/LowCardinality\(String\)/g, 'String');
  return `CREATE TABLE IF NOT EXISTS ${database}.actions (\n  ${columns}${stampUser ? ',\n  agent_user String MATERIALIZED currentUser()' : ''}\n) ENGINE = ReplacingMergeTree ORDER BY (device_id, seq)`;
}

export function setupSql(database: string, agents: readonly SetupUser[], lead: SetupUser): string[] {
  return [
    `CREATE DATABASE IF NOT EXISTS ${database}`,
    tableDdl(database),
    ...agents.flatMap((a) => [`CREATE USER IF NOT EXISTS ${a.user} IDENTIFIED WITH sha256_password BY '${a.password}'`, `GRANT INSERT ON ${database}.actions TO ${a.user}`]),
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
