import { describe, expect, it } from 'vitest';
import { decodeConnection, encodeConnection, originPattern } from '@/utils/team-sync/connection';
import { backoffMs, supportsDedupToken } from '@/utils/team-sync/push';
import { teamRow } from '@/utils/team-sync/rows';
import { agentUser, ddlOptionsFor, newPassword, presenceDdl, setupSql, tableDdl } from '@/utils/team-sync/setup-sql';
import type { Action } from '@/utils/model';

describe('connection codes', () => {
  it('round-trip a connection and refuse what is not one, with the reason', () => {
    const code = encodeConnection({ url: 'https://ch.example.cn:8443/', user: 'kefu_1024', password: 'p@ss 密码', database: 'kefu' });
    expect(code.startsWith('kefu-sync:')).toBe(true);
    const back = decodeConnection(`  ${code}\n`);
    expect(back).toEqual({ ok: true, connection: { url: 'https://ch.example.cn:8443', user: 'kefu_1024', password: 'p@ss 密码', database: 'kefu' } });
    if (!back.ok) throw new Error(back.error);
    expect(originPattern(back.connection)).toBe('https://ch.example.cn:8443/*');
    expect(decodeConnection('hello')).toMatchObject({ ok: false, error: 'not-a-code' });
    expect(decodeConnection('kefu-sync:%%%')).toMatchObject({ ok: false, error: 'damaged' });
    const bad = encodeConnection({ url: 'https://x.cn', user: 'ok', password: 'p', database: 'kefu' }).replace(/.$/, '');
    expect(decodeConnection(bad).ok).toBe(false);
    expect(decodeConnection(`kefu-sync:${btoa(JSON.stringify({ url: 'ftp://x', user: 'a b', password: '' }))}`)).toMatchObject({ ok: false, error: 'invalid' });
  });
});

describe('the lead’s setup SQL (ClickHouse ≥ 23.11)', () => {
  it('creates the tables keyed by (device_id, seq), every version kept, with the user stamped by the server, INSERT-only agents and a SELECT-only lead', () => {
    const sql = setupSql(
      'kefu',
      [
        { user: agentUser('1024'), password: 'Abc123' },
        { user: agentUser('20-48'), password: 'Def456' },
      ],
      { user: 'kefu_lead', password: 'Lead789' },
    );
    expect(sql[0]).toBe('CREATE DATABASE IF NOT EXISTS kefu');
    expect(sql[1]).toContain(') ENGINE = MergeTree ORDER BY (device_id, seq)');
    expect(sql[1]).toContain('agent_user String MATERIALIZED currentUser()');
    expect(sql[2]).toMatch(/^CREATE TABLE IF NOT EXISTS kefu\.checkpoints \([^]*agent_user String MATERIALIZED currentUser\(\)\n\) ENGINE = MergeTree/);
    expect(sql[3]).toContain('TTL toDateTime(intDiv(at, 1000)) + INTERVAL 1 DAY');
    for (const table of ['actions', 'checkpoints', 'presence']) expect(sql).toContain(`GRANT INSERT ON kefu.${table} TO kefu_1024`);
    expect(presenceDdl('kefu', { ttl: false })).toContain('ReplacingMergeTree(at) ORDER BY (device_id, tab)');
    expect(ddlOptionsFor([18, 16, 1])).toEqual({ stampUser: false, lowCardinality: false, ttl: false });
    expect(ddlOptionsFor([23, 11, 2])).toEqual({ stampUser: true, lowCardinality: true, ttl: true });
    expect(sql).toContain("CREATE USER IF NOT EXISTS kefu_1024 IDENTIFIED WITH sha256_password BY 'Abc123'");
    expect(sql).toContain('GRANT INSERT ON kefu.actions TO kefu_20_48');
    expect(sql).toContain('GRANT SELECT ON kefu.* TO kefu_lead');
    expect(sql.some((s) => /GRANT (ALL|SELECT).*kefu_1024/.test(s))).toBe(false);
    expect(tableDdl('kefu', { stampUser: false })).not.toContain('currentUser');
    expect(newPassword()).toMatch(/^[A-Za-z0-9]{20}$/);
  });
});

describe('rows and retries', () => {
  it('keeps the exported row whole beside the query columns', () => {
    const action = {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      deviceId: 'device-aaaa',
      seq: 3,
      at: Date.UTC(2026, 10, 30),
      kind: 'order.seen',
      payload: { orderNo: '6925095897028853458' },
      site: 'douyin',
      orderNo: '6925095897028853458',
      buyer: { site: 'douyin', shop: '鲜果小铺', nick: 'momo' },
      agent: { name: '王', staffId: '1024', role: 'agent', shop: '鲜果小铺' },
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    } as Action;
    const row = teamRow(action);
    expect(row).toMatchObject({ device_id: 'device-aaaa', seq: 3, kind: 'order.seen', staff_id: '1024', order_no: '6925095897028853458', buyer_key: 'douyin|鲜果小铺|nick:momo' });
    expect(JSON.parse(row.row)).toEqual(action);
  });

  it('backs off from 30 s doubling to 30 min, and sends dedup tokens only to servers that know them', () => {
    expect([1, 2, 3, 6, 7, 20].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 960_000, 1_800_000, 1_800_000]);
    expect(supportsDedupToken([18, 16, 1])).toBe(false);
    expect(supportsDedupToken([22, 2, 0])).toBe(true);
    expect(supportsDedupToken([24, 8, 1])).toBe(true);
  });
});
