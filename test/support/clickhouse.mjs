// Starts Debian's clickhouse-server (18.16) on loopback for a test: a throwaway data dir, free ports, and users for
// two agents and a lead (the lead read-only). What 18.16 cannot do (SQL users, GRANT, currentUser()) is done by this
// config instead; the ≥ 23.11 setup SQL is unit-tested separately. Stop it with `stop()`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLICKHOUSE_BINARY = process.env.CLICKHOUSE_SERVER ?? '/usr/sbin/clickhouse-server';
export const USERS = { agentA: { user: 'agent_a', password: 'a-secret-1' }, agentB: { user: 'agent_b', password: 'b-secret-2' }, lead: { user: 'lead', password: 'lead-secret-3' } };

export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const user = (name, password, profile) => `<${name}><password>${password}</password><networks><ip>127.0.0.1</ip></networks><profile>${profile}</profile><quota>default</quota></${name}>`;

/**
 * Options: `usersXml` replaces the users file (a generated least-privilege profile); `extraConfig` goes into
 * config.xml (a cluster's remote_servers); `defaultSettings` into the default profile; `ports` fixes the HTTP and
 * native ports (a cluster's servers name each other's).
 */
export async function startClickHouse({ usersXml, extraConfig = '', defaultSettings = '', ports } = {}) {
  if (!existsSync(CLICKHOUSE_BINARY)) throw new Error(`${CLICKHOUSE_BINARY} is missing: apt-get install clickhouse-server (.ci/run does)`);
  const dir = await mkdtemp(join(tmpdir(), 'kefu-clickhouse-'));
  const [http, tcp] = ports ? [ports.http, ports.tcp] : [await freePort(), await freePort()];
  await writeFile(
    join(dir, 'config.xml'),
    `<?xml version="1.0"?><yandex><logger><level>error</level><console>1</console></logger>
<http_port>${http}</http_port><tcp_port>${tcp}</tcp_port><listen_host>127.0.0.1</listen_host>
<path>${dir}/data/</path><tmp_path>${dir}/tmp/</tmp_path><user_files_path>${dir}/files/</user_files_path><format_schema_path>${dir}/schemas/</format_schema_path>
<users_config>users.xml</users_config><default_profile>default</default_profile><default_database>default</default_database>
<mark_cache_size>5368709</mark_cache_size><uncompressed_cache_size>5368709</uncompressed_cache_size>${extraConfig}</yandex>`,
  );
  await writeFile(
    join(dir, 'users.xml'),
    usersXml ??
      `<?xml version="1.0"?><yandex><profiles><default>${defaultSettings}</default><readonly><readonly>1</readonly></readonly></profiles>
<users>${user('default', '', 'default')}${user(USERS.agentA.user, USERS.agentA.password, 'default')}${user(USERS.agentB.user, USERS.agentB.password, 'default')}${user(USERS.lead.user, USERS.lead.password, 'readonly')}</users>
<quotas><default></default></quotas></yandex>`,
  );
  let log = '';
  let server;
  const spawnServer = () => {
    server = spawn(CLICKHOUSE_BINARY, [`--config-file=${join(dir, 'config.xml')}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    server.stderr.on('data', (d) => (log = (log + d).slice(-4000)));
  };
  const kill = async () => {
    if (server.exitCode !== null) return;
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
  };
  spawnServer();
  const url = `http://127.0.0.1:${http}`;
  const query = async (sql, body = '', who = { user: 'default', password: '' }) => {
    const response = await fetch(`${url}/?query=${encodeURIComponent(sql)}`, {
      method: 'POST',
      body,
      headers: { Authorization: `Basic ${Buffer.from(`${who.user}:${who.password}`).toString('base64')}` },
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${response.status}: ${text.slice(0, 300)}`);
    return text;
  };
  const ready = async () => {
    for (let i = 0; ; i++) {
      try {
        await query('SELECT 1');
        return;
      } catch (error) {
        if (i > 150 || server.exitCode !== null) throw new Error(`clickhouse-server did not start: ${error}\n${log}`, { cause: error });
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  await ready();
  return {
    url,
    tcpPort: tcp,
    query,
    /** The server goes away (a cut network, a restart) keeping its data; `up()` brings it back on the same port. */
    down: kill,
    async up() {
      spawnServer();
      await ready();
    },
    async stop() {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
