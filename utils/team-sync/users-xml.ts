import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { SetupUser } from './setup-sql';

/**
 * The closest Debian's ClickHouse 18.16 comes to least privilege (it has no SQL users or GRANT): a `users.xml` with
 * the lead read-only and the agents confined to the team database, DDL off, reads capped per query (a whole table
 * scan fails) and per hour by a quota the agent cannot change. What an agent can still do there is in README
 * ("Least privilege on 18.16"); each statement is tested in test/unit/team-log/privileges.test.ts.
 */
export interface UsersXmlOptions {
  database: string;
  agents: readonly SetupUser[];
  lead: SetupUser;
  /** Where agents and the lead connect from (ClickHouse `<ip>` entries); loopback by default. */
  networks?: readonly string[];
  /** Rows an agent's queries may read per hour (their own `SELECT version()` reads one each). */
  agentReadRowsPerHour?: number;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const passwordHash = (password: string) => bytesToHex(sha256(utf8ToBytes(password)));

function user(name: string, password: string, profile: string, quota: string, database: string, networks: readonly string[]): string {
  if (!/^[A-Za-z0-9_]{1,64}$/.test(name)) throw new Error(`not a ClickHouse user name: ${name}`);
  const ips = networks.map((ip) => `<ip>${escapeXml(ip)}</ip>`).join('');
  return `    <${name}>
      <password_sha256_hex>${passwordHash(password)}</password_sha256_hex>
      <networks>${ips}</networks>
      <profile>${profile}</profile>
      <quota>${quota}</quota>
      <allow_databases><database>${escapeXml(database)}</database></allow_databases>
    </${name}>`;
}

export function usersXml({ database, agents, lead, networks = ['127.0.0.1', '::1'], agentReadRowsPerHour = 10_000 }: UsersXmlOptions): string {
  return `<?xml version="1.0"?>
<!-- Kefu Assist team log on ClickHouse 18.16: put beside config.xml (or in users.d/) and restart the server. -->
<yandex>
  <profiles>
    <default></default>
    <kefu_lead>
      <readonly>1</readonly>
    </kefu_lead>
    <kefu_agent>
      <allow_ddl>0</allow_ddl>
      <max_rows_to_read>1</max_rows_to_read>
      <read_overflow_mode>throw</read_overflow_mode>
      <max_result_rows>1</max_result_rows>
      <result_overflow_mode>throw</result_overflow_mode>
    </kefu_agent>
  </profiles>
  <quotas>
    <default></default>
    <kefu_agent>
      <interval>
        <duration>3600</duration>
        <queries>0</queries>
        <errors>0</errors>
        <result_rows>0</result_rows>
        <read_rows>${Math.max(1, Math.floor(agentReadRowsPerHour))}</read_rows>
        <execution_time>0</execution_time>
      </interval>
    </kefu_agent>
  </quotas>
  <users>
${agents.map((a) => user(a.user, a.password, 'kefu_agent', 'kefu_agent', database, networks)).join('\n')}
${user(lead.user, lead.password, 'kefu_lead', 'default', database, networks)}
  </users>
</yandex>
`;
}
