import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appendActions } from '@/utils/db/append-actions';
import { AppDB, stripIndexFields } from '@/utils/db/app-db';
import { computeKpis } from '@/utils/kpi/compute-kpis';
import { DEFAULT_KPI_OPTIONS } from '@/utils/kpi/kpi-types';
import { hashAction } from '@/utils/log/hash-chain';
import { generateDeviceKey, signValue } from '@/utils/log/signing';
import { makeDraft, type Action, type ActionDraft, type Agent, type Checkpoint, type DeviceKey } from '@/utils/model';
import { PROFILES } from '@/utils/sites';
import { teamCount, teamKpis, teamVerify, type TeamSource } from '@/utils/team-log/client';
import { createTeamVerifier, type VersionGroup } from '@/utils/team-log/verify';
import { checkpointRow, teamRow } from '@/utils/team-sync/rows';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { syncOnce } from '@/utils/team-sync/sync-once';
import { startClickHouse, USERS, type RunningClickHouse } from '../../support/clickhouse.mjs';

// Real servers on a shared 2-core machine: a query can take seconds when other sessions are busy.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

let server: RunningClickHouse;
let source: TeamSource;
const devices: { rows: Action[]; key: DeviceKey; privateKey: CryptoKey }[] = [];
const T0 = Date.UTC(2026, 10, 30, 2);
const agents: Agent[] = [
  { name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' },
  { name: '李娜', staffId: '2048', role: 'agent', shop: '鲜果小铺' },
];

function shift(staff: string, offset: number): ActionDraft[] {
  const at = (min: number) => T0 + offset + min * 60_000;
  const buyer = { idKind: 'nick' as const, displayName: `买家${staff}` };
  return Array.from({ length: 4 }, (_, i) => [
    { ...makeDraft('message.received', { messageKey: `${staff}-${i}` }, { site: 'douyin', buyer }), at: at(i * 10) },
    { ...makeDraft('message.sent', { length: 12, findings: 0, ruleIds: [], via: 'enter' }, { site: 'douyin', buyer }), at: at(i * 10 + 2 + i) },
  ]).flat();
}

const sign = async (privateKey: CryptoKey, publicKey: DeviceKey['publicKey'], deviceId: string, head: { seq: number; hash: string }): Promise<Checkpoint> => {
  const checkpoint = { deviceId, seq: head.seq, hash: head.hash, signedAt: T0 };
  return { checkpoint, publicKey, signature: await signValue(privateKey, checkpoint) };
};

/** What a logged-in agent can send to the server with their own account (the INSERT the extension makes, by hand). */
const insertAs = (who: { user: string; password: string }, table: string, lines: object[]) =>
  server.query(`INSERT INTO kefu.${table} FORMAT JSONEachRow`, lines.map((l) => JSON.stringify(l)).join('\n') + '\n', who);

/** A row as someone who knows the chain would forge it: a new payload, rehashed so its own hash is right. */
const forge = (row: Action, change: Partial<Action>): Action => {
  const { hash: _h, ...rest } = { ...row, ...change } as Action;
  return { ...rest, hash: hashAction(rest) } as Action;
};

beforeAll(async () => {
  server = await startClickHouse();
  await server.query('CREATE DATABASE kefu');
  for (const ddl of teamTablesDdl('kefu', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
  for (const [i, agent] of agents.entries()) {
    const db = new AppDB(`verify-${crypto.randomUUID()}`);
    await appendActions(db, shift(agent.staffId, i * 30 * 60_000), agent);
    const { privateKey, publicKey } = await generateDeviceKey();
    const rows = (await db.actions.toArray()).map(stripIndexFields);
    const deviceId = rows[0]!.deviceId;
    const who = i === 0 ? USERS.agentA : USERS.agentB;
    const state = await syncOnce({
      db,
      connection: { url: server.url, ...who, database: 'kefu' },
      state: { sentSeq: -1, waiting: 0, failures: 0 },
      saveState: async () => {},
      hasPermission: async () => true,
      sign: (head) => sign(privateKey, publicKey, deviceId, head),
    });
    expect(state).toMatchObject({ sentSeq: 7, signedSeq: 7, failures: 0 });
    devices.push({ rows, privateKey, key: { deviceId, publicKey, staffId: agent.staffId, agentUser: who.user, registeredAt: T0 } });
  }
  source = { connection: { url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'kefu' }, version: [18, 16, 1] };
}, 60_000);
afterAll(() => server?.stop(), 60_000);

const keys = () => devices.map((d) => d.key);
const sortKpis = (k: ReturnType<typeof computeKpis>) => [...k].sort((a, b) => `${a.agent}${a.day}`.localeCompare(`${b.agent}${b.day}`));

describe('verifying the team log on a real ClickHouse (Debian 18.16)', () => {
  it('vouches for every pushed row: chains intact, each device signed by its registered key, nothing excluded', async () => {
    const result = await teamVerify(source, keys(), undefined, undefined, 3);
    if (!result.ok) throw new Error(result.detail);
    expect(result.value.issues).toEqual([]);
    expect(result.value.devices.map((d) => [d.status, d.signedSeq, d.trustedRows])).toEqual([
      ['signed', 7, 8],
      ['signed', 7, 8],
    ]);
    expect(await teamCount(source, {}, result.value.trusted)).toEqual({ ok: true, value: 16 });
  });

  it('reports an unregistered device and counts nothing of it until the lead registers its key', async () => {
    const result = await teamVerify(source, keys().slice(0, 1));
    if (!result.ok) throw new Error(result.detail);
    const b = result.value.devices.find((d) => d.deviceId === devices[1]!.key.deviceId)!;
    expect(b).toMatchObject({ status: 'unregistered', trustedRows: 0, candidateKey: devices[1]!.key.publicKey });
    expect(await teamCount(source, {}, result.value.trusted)).toEqual({ ok: true, value: 8 });
  });

  it('a forged overwrite and invented rows, inserted with another agent’s account, are reported and kept out of the KPIs', async () => {
    const b = devices[1]!;
    const genuine = b.rows.find((r) => r.seq === 3)!;
    // Agent A overwrites B's reply at seq 3 (rehashed, same link) and invents a row after B's signed head, signing a
    // checkpoint for it with A's own key; then invents a whole device.
    const overwrite = forge(genuine, { payload: { length: 1, findings: 0, ruleIds: [], via: 'enter' }, at: genuine.at + 50 * 60_000 } as Partial<Action>);
    const head = b.rows.find((r) => r.seq === 7)!;
    const invented = forge(head, { id: crypto.randomUUID(), seq: 8, prevHash: head.hash, kind: 'message.sent', at: head.at + 60_000 } as Partial<Action>);
    const stranger = forge({ ...head, deviceId: crypto.randomUUID(), seq: 0, prevHash: '0'.repeat(64), id: crypto.randomUUID() }, {});
    await insertAs(USERS.agentA, 'actions', [teamRow(overwrite), teamRow(invented), teamRow(stranger)]);
    await insertAs(USERS.agentA, 'checkpoints', [checkpointRow(await sign(devices[0]!.privateKey, devices[0]!.key.publicKey, b.key.deviceId, invented))]);

    const result = await teamVerify(source, keys(), undefined, undefined, 3);
    if (!result.ok) throw new Error(result.detail);
    const { issues, devices: report, trusted } = result.value;
    expect(issues).toContainEqual({ deviceId: b.key.deviceId, seq: 3, problem: 'conflict', versions: 2 });
    expect(issues).toContainEqual({ deviceId: b.key.deviceId, seq: 8, problem: 'unsigned', count: 1 });
    expect(report.find((d) => d.deviceId === b.key.deviceId)).toMatchObject({ status: 'signed', signedSeq: 7, rows: 9, trustedRows: 7, foreignCheckpoints: 1 });
    expect(report.find((d) => d.deviceId === stranger.deviceId)).toMatchObject({ status: 'unregistered', trustedRows: 0 });
    expect(result.value.rows - result.value.trustedRows).toBe(3);
    // The KPIs count the rows the verification vouched for: those of the two agents' own logs, less B's seq 3.
    expect(await teamCount(source, {}, trusted)).toEqual({ ok: true, value: 15 });
    const kpis = await teamKpis(source, {}, PROFILES, DEFAULT_KPI_OPTIONS, trusted);
    if (!kpis.ok) throw new Error(kpis.detail);
    const expected = computeKpis([...devices[0]!.rows, ...b.rows.filter((r) => r.seq !== 3)], DEFAULT_KPI_OPTIONS);
    expect(sortKpis(kpis.value)).toEqual(sortKpis(expected));
    // Without the check the forged copy and the invented rows would be counted as B's work.
    const unchecked = await teamKpis(source, {}, PROFILES, DEFAULT_KPI_OPTIONS);
    expect(unchecked.ok && sortKpis(unchecked.value)).not.toEqual(sortKpis(expected));
  });
});

describe('the verifier on generated tampering (no server)', () => {
  const chain = (deviceId: string, n: number): Action[] => {
    const rows: Action[] = [];
    for (let seq = 0; seq < n; seq++) {
      const body = {
        id: `${deviceId}-${seq}`,
        deviceId,
        seq,
        at: T0 + seq * 1000,
        kind: 'panel.toggled',
        payload: { open: seq % 2 === 0 },
        prevHash: rows.at(-1)?.hash ?? '0'.repeat(64),
        schemaVersion: 1,
      } as unknown as Omit<Action, 'hash'>;
      rows.push({ ...body, hash: hashAction(body) } as Action);
    }
    return rows;
  };
  const groups = (rows: Action[], extra: Action[] = [], copies = 1): VersionGroup[] => {
    const all = new Map<string, Set<string>>();
    for (const r of [...rows, ...extra]) all.set(`${r.deviceId}|${String(r.seq).padStart(6, '0')}`, (all.get(`${r.deviceId}|${String(r.seq).padStart(6, '0')}`) ?? new Set()).add(JSON.stringify(r)));
    return [...all.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => ({ deviceId: k.split('|')[0]!, seq: Number(k.split('|')[1]), rows: [...v], copies: v.size * copies, users: [] }));
  };
  const publicKey = { kty: 'EC' as const, crv: 'P-256' as const, x: 'a'.repeat(43), y: 'b'.repeat(43) };
  const keyFor = (deviceId: string): DeviceKey => ({ deviceId, publicKey, registeredAt: T0 });
  const cp = (r: Action) => ({ deviceId: r.deviceId, seq: r.seq, hash: r.hash, publicKey, signatureOk: true, agentUser: '' });

  it('for every position in a chain: an edit, a deletion and a rehashed overwrite each exclude what they touch, and identical copies nothing', () => {
    const rows = chain('device-aaaa', 12);
    for (let at = 0; at < rows.length; at++) {
      const check = (g: VersionGroup[]) => {
        const v = createTeamVerifier([keyFor('device-aaaa')], [cp(rows.at(-1)!)]);
        v.add(g);
        return v.result();
      };
      expect(check(groups(rows, [], 3)).trustedRows).toBe(12);
      const edited = rows.map((r) => (r.seq === at ? { ...r, at: r.at + 1 } : r));
      const e = check(groups(edited));
      expect(e.issues.map((i) => i.problem)).toEqual(at === 11 ? ['edited', 'head-mismatch', 'unsigned'] : ['edited']);
      const deleted = check(groups(rows.filter((r) => r.seq !== at)));
      expect(deleted.issues.some((i) => (at === 11 ? i.problem === 'head-mismatch' : i.problem === 'gap'))).toBe(true);
      const over = check(groups(rows, [forge(rows[at]!, { at: rows[at]!.at + 7 })]));
      expect(over.issues[0]).toEqual({ deviceId: 'device-aaaa', seq: at, problem: 'conflict', versions: 2 });
      expect(over.trusted.excluded).toEqual([`device-aaaa#${at}`]);
      expect(over.trustedRows).toBe(11);
    }
  });

  it('reports rows inserted by another user than the registered agent (servers that stamp it)', () => {
    const rows = chain('device-bbbb', 3);
    const v = createTeamVerifier([{ ...keyFor('device-bbbb'), agentUser: 'kefu_2048' }], [cp(rows[2]!)]);
    v.add(groups(rows).map((g) => ({ ...g, users: g.seq === 1 ? ['kefu_2048', 'kefu_1024'] : ['kefu_2048'] })));
    const result = v.result();
    expect(result.issues).toEqual([{ deviceId: 'device-bbbb', seq: 1, problem: 'wrong-user', users: ['kefu_1024'] }]);
    expect(result.trusted).toEqual({ devices: ['device-bbbb'], heads: [2], excluded: ['device-bbbb#1'] });
  });
});
