import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionSchema, type Action, type QaResults } from '@/utils/model';
import { conversationKey } from '@/utils/qa/conversation-key';
import { DEFAULT_QA_SCORECARD } from '@/utils/model/default-qa-scorecard';
import { foldConversations } from '@/utils/qa/fold';
import { boardOf } from '@/utils/qa/qa-source';
import { teamQaSource } from '@/utils/qa/team-qa-source';
import type { TeamResult } from '@/utils/team-log/client';
import { jsonEachRow } from '@/utils/team-sync/rows';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { startClickHouse, USERS } from '../../support/clickhouse.mjs';

let server: Awaited<ReturnType<typeof startClickHouse>>;
const card = DEFAULT_QA_SCORECARD;

/** Invented scored conversations over three agents and days, with some lead overrides (seeded: the same every run). */
function inventRows(): Action[] {
  let s = 11;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const results = ['pass', 'fail', 'na'] as const;
  const rows: Action[] = [];
  let seq = 0;
  for (let c = 0; c < 60; c++) {
    const staffId = ['1024', '2048', '4096'][c % 3]!;
    const at0 = Date.UTC(2026, 11, 1 + (Math.floor(c / 3) % 3), 2) + c * 60_000;
    const nick = `买家${c}`;
    const key = conversationKey(c % 4 ? 'pinduoduo' : 'douyin', { nick }, at0)!;
    const add = (kind: Action['kind'], payload: unknown, at: number, who = staffId) =>
      rows.push(
        actionSchema.parse({
          id: crypto.randomUUID(),
          deviceId: 'device-qa-sql',
          seq: seq++,
          at,
          kind,
          payload,
          site: key.split('|')[0],
          buyer: { site: key.split('|')[0], shop: '店', nick },
          agent: { name: 'x', staffId: who, role: 'agent', shop: '店' },
          prevHash: '0'.repeat(64),
          hash: '1'.repeat(64),
        }),
      );
    const replies = 1 + Math.floor(rand() * 3);
    for (let r = 0; r < replies; r++) {
      const res: QaResults = {};
      for (const id of ['greeting', 'onTime', 'apology', 'personal', 'guardClean', 'closing'] as const) res[id] = results[Math.floor(rand() * 3)]!;
      add('qa.scored', { conversation: key, scope: 'reply', results: res }, at0 + r * 1000);
    }
    add('qa.scored', { conversation: key, scope: 'round', results: { noUnanswered: rand() < 0.2 ? 'fail' : 'pass' } }, at0 + 10_000);
    if (rand() < 0.25) add('qa.overridden', { conversation: key, category: 'guardClean', result: rand() < 0.5 ? 'pass' : 'fail', reason: '组长复核' }, at0 + 20_000, '9001');
  }
  return rows;
}

describe('the QA board on the ClickHouse team log', () => {
  const rows = inventRows();
  beforeAll(async () => {
    server = await startClickHouse();
    await server.query('CREATE DATABASE IF NOT EXISTS qa');
    for (const ddl of teamTablesDdl('qa', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
    await server.query('INSERT INTO qa.actions FORMAT JSONEachRow', jsonEachRow(rows));
  }, 60_000);
  afterAll(async () => server?.stop());

  const now = Date.UTC(2026, 11, 10);
  const fail = <T>(r: TeamResult<T>): T => {
    if (!r.ok) throw new Error(`${r.error}: ${r.detail}`);
    return r.value;
  };
  const team = () => teamQaSource({ connection: { url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'qa' }, version: [18, 16, 1] }, fail);

  it('computes the same board as the fold over the same rows: agent-days, worst conversations, calibration', async () => {
    const expected = boardOf(foldConversations(rows, card, now), {}, 1000);
    const got = await team().board({}, card, now, 1000);
    expect(got.agentDays.length).toBe(9);
    expect(got.agentDays).toEqual(expected.agentDays);
    expect(got.calibration).toEqual(expected.calibration);
    expect(got.calibration.find((c) => c.category === 'guardClean')!.overridden).toBeGreaterThan(0);
    const sorted = (list: typeof expected.worst) => list.map((c) => ({ ...c, rowIds: [...c.rowIds].sort() })).sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(sorted(got.worst)).toEqual(sorted(expected.worst));
    expect(got.worst.map((c) => c.score)).toEqual(expected.worst.map((c) => c.score));
    expect(got.sites).toEqual(['douyin', 'pinduoduo']);
  }, 60_000);

  it('filters by platform and agent', async () => {
    const board = await team().board({ site: 'douyin' }, card, now);
    expect(board.conversations).toBe(15);
    expect(board.agentDays.reduce((n, d) => n + d.conversations, 0)).toBe(15);
    const mine = await team().conversations({ agent: '2048' }, card, now, 1000);
    expect(mine.length).toBe(20);
    expect(mine.every((c) => c.agent === '2048')).toBe(true);
  }, 60_000);

  it('a value typed by the lead stays a value', async () => {
    expect((await team().board({ site: "douyin' OR 1=1 --" }, card, now)).conversations).toBe(0);
    expect(await team().rows("x' OR 1=1 --")).toEqual([]);
  }, 60_000);
});
