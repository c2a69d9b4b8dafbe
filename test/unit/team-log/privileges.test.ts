import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkpointsDdl, presenceDdl, tableDdl } from '@/utils/team-sync/setup-sql';
import { usersXml } from '@/utils/team-sync/users-xml';
import { startClickHouse, type RunningClickHouse } from '../../support/clickhouse.mjs';

// Real servers on a shared 2-core machine: a query can take seconds when other sessions are busy.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

// What the generated 18.16 profile allows and refuses, on Debian's real server: README's "Least privilege on 18.16"
// says exactly this.
const agentA = { user: 'kefu_1024', password: 'Agent1024secret' };
const agentB = { user: 'kefu_2048', password: 'Agent2048secret' };
const lead = { user: 'kefu_lead', password: 'LeadSecret99' };
let server: RunningClickHouse;

const rows = (n: number, device: string) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      device_id: device,
      seq: i,
      id: `${device}-${i}`,
      at: 1_764_000_000_000 + i,
      kind: 'message.sent',
      site: 'pinduoduo',
      shop: '',
      buyer_key: '',
      staff_id: '',
      order_no: '',
      hash: '',
      prev_hash: '',
      row: '{}',
    }),
  ).join('\n') + '\n';

async function raw(who: { user: string; password: string }, sql: string, settings: Record<string, string> = {}, body = '') {
  const url = new URL(`${server.url}/`);
  url.searchParams.set('query', sql);
  for (const [k, v] of Object.entries(settings)) url.searchParams.set(k, v);
  const response = await fetch(url, { method: 'POST', body, headers: { Authorization: `Basic ${Buffer.from(`${who.user}:${who.password}`).toString('base64')}` } });
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  const xml = usersXml({ database: 'kefu', agents: [agentA, agentB], lead, agentReadRowsPerHour: 10_000 })
    // The test's own setup account (a real deployment keeps its admin elsewhere).
    .replace('<users>', '<users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default>');
  server = await startClickHouse({ usersXml: xml });
  await server.query('CREATE DATABASE kefu');
  await server.query(tableDdl('kefu', { stampUser: false, lowCardinality: false }));
  await server.query(checkpointsDdl('kefu', { stampUser: false }));
  await server.query(presenceDdl('kefu', { stampUser: false, ttl: false }));
  await server.query('INSERT INTO kefu.actions FORMAT JSONEachRow', rows(20_000, 'device-of-b'));
}, 60_000);
afterAll(() => server?.stop(), 60_000);

describe('the generated users.xml on ClickHouse 18.16', () => {
  it('lets an agent do what the extension does: the version, and inserts into the three tables', async () => {
    expect((await raw(agentA, 'SELECT version()')).text.trim()).toBe('18.16.1');
    expect((await raw(agentA, 'INSERT INTO kefu.actions FORMAT JSONEachRow', {}, rows(3, 'device-of-a'))).status).toBe(200);
    expect((await raw(agentA, 'INSERT INTO kefu.checkpoints FORMAT JSONEachRow', {}, '{"device_id":"device-of-a","seq":2,"hash":"h","signed_at":1,"public_key":"{}","signature":"s"}\n')).status).toBe(
      200,
    );
    expect(
      (
        await raw(
          agentA,
          'INSERT INTO kefu.presence FORMAT JSONEachRow',
          {},
          '{"at":1,"device_id":"device-of-a","tab":"t","staff_id":"1024","agent_name":"","site":"pinduoduo","shop":"","status":"online","waiting":0,"oldest_wait_ms":0,"over_limit":0,"limit_ms":0}\n',
        )
      ).status,
    ).toBe(200);
  });

  it('refuses an agent’s plain reads of the table, other databases, and DDL', async () => {
    const read = await raw(agentA, "SELECT row FROM kefu.actions WHERE device_id = 'device-of-b' LIMIT 5");
    expect(read.status).toBe(500);
    expect(read.text).toContain('Limit for rows to read exceeded');
    expect((await raw(agentA, 'SELECT count() FROM default.anything')).text).toContain('Access denied to database default');
    for (const ddl of ["ALTER TABLE kefu.actions DELETE WHERE device_id = 'device-of-b'", 'DROP TABLE kefu.actions', 'TRUNCATE TABLE kefu.actions', 'CREATE TABLE kefu.x (a String) ENGINE = Memory']) {
      expect((await raw(agentA, ddl)).text).toContain('DDL queries are prohibited');
    }
  });

  it('still lets an agent who overrides the per-query limits read rows — up to the hourly quota, which they cannot change', async () => {
    const overridden = { max_rows_to_read: '0', max_result_rows: '0' };
    const some = await raw(agentA, "SELECT count() FROM kefu.actions WHERE device_id = 'device-of-b' AND seq < 100", overridden);
    expect(some.status).toBe(200);
    expect(some.text.trim()).toBe('100');
    const all = await raw(agentA, 'SELECT count(), any(row) FROM kefu.actions', overridden);
    expect(all.status).toBe(500);
    expect(all.text).toMatch(/Quota .* exceeded|read rows/i);
  });

  it('still lets an agent who turns DDL back on per query delete rows (the dashboard shows the gap)', async () => {
    const del = await raw(agentB, "ALTER TABLE kefu.actions DELETE WHERE device_id = 'device-of-b' AND seq = 7", { allow_ddl: '1' });
    expect(del.status).toBe(200);
    // The same override makes and drops tables in the team database (so DROP of the log is not prevented either).
    expect((await raw(agentB, 'CREATE TABLE kefu.scratch (a String) ENGINE = Memory', { allow_ddl: '1' })).status).toBe(200);
    expect((await raw(agentB, 'DROP TABLE kefu.scratch', { allow_ddl: '1' })).status).toBe(200);
  });

  it('keeps the lead read-only', async () => {
    expect((await raw(lead, 'SELECT count() FROM kefu.actions')).status).toBe(200);
    expect((await raw(lead, 'INSERT INTO kefu.actions FORMAT JSONEachRow', {}, rows(1, 'x-device-1'))).text).toContain('readonly mode');
    expect((await raw(lead, 'ALTER TABLE kefu.actions DELETE WHERE seq = 1', { allow_ddl: '1' })).text).toContain('readonly mode');
    expect((await raw(lead, 'SELECT 1', { readonly: '0' })).text).toMatch(/readonly|Cannot modify/i);
  });
});
