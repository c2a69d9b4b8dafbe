import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionSchema, type Action, type QaResults } from '@/utils/model';
import { agentDays } from '@/utils/qa/board';
import { conversationKey } from '@/utils/qa/conversation-key';
import { DEFAULT_QA_SCORECARD } from '@/utils/qa/default-scorecard';
import { foldConversations } from '@/utils/qa/fold';
import { qaAgentDaySql } from '@/utils/team-sync/qa-sql';
import { jsonEachRow } from '@/utils/team-sync/rows';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { startClickHouse } from '../../support/clickhouse.mjs';

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

  it('computes the same per-agent/day scores as the fold over the same rows', async () => {
    const expected = agentDays(foldConversations(rows, card, Date.UTC(2026, 11, 10))).map((d) => ({ agent: d.agent, day: d.day, conversations: d.conversations, score: d.score }));
    const text = await server.query(qaAgentDaySql('qa', 'actions', card));
    const got = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { agent: string; day: string; conversations: string | number; score: number });
    const norm = (list: { agent: string; day: string; conversations: string | number; score?: number }[]) => list.map((d) => `${d.agent} ${d.day} ${Number(d.conversations)} ${d.score}`).sort();
    expect(got.length).toBe(9);
    expect(norm(got)).toEqual(norm(expected));
  }, 60_000);

  it('filters by platform', async () => {
    const text = await server.query(qaAgentDaySql('qa', 'actions', card, { site: 'douyin' }));
    const total = text
      .trim()
      .split('\n')
      .reduce((n, l) => n + Number((JSON.parse(l) as { conversations: string }).conversations), 0);
    expect(total).toBe(15);
  }, 60_000);
});
