import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { importNdjsonFile } from '@/utils/db/import-file';
import { importIntoMerged } from '@/utils/db/merged-log';
import type { DeviceStatus } from '@/utils/export/device-verdicts';
import { reportVerified } from '@/utils/export/import-verdict';
import { checkpointLines, decodeExportFile, parseNdjsonExport, toNdjson } from '@/utils/export/ndjson';
import { GENESIS_HASH, hashAction } from '@/utils/log/hash-chain';
import { generateDeviceKey, signValue } from '@/utils/log/signing';
import type { Action, Checkpoint } from '@/utils/model';

/**
 * The hostile-import corpus: more than 200 files built from one honest, signed export, each with the outcome a lead
 * must see. `rejected` files change nothing and name the line; imported ones carry the device's verdict.
 */
type Expected = { rejected: true; line?: number } | { rejected?: false; status: DeviceStatus; conflicts?: number; newKey?: boolean; rewrites?: boolean; issues?: boolean; tail?: number };
interface Case {
  name: string;
  bytes: Uint8Array;
  expected: Expected;
  /** Import the honest file first, so the device's key and signed head are registered. */
  registered?: boolean;
}

const DEVICE = 'device-fuzz-0001';
const ROWS = 12;
let key: Awaited<ReturnType<typeof generateDeviceKey>>;
let otherKey: Awaited<ReturnType<typeof generateDeviceKey>>;
let honest: Action[];
let honestCheckpoint: Checkpoint;

const deviceHash = (device: string) => [...device].reduce((a, c) => (Math.imul(a, 31) + c.charCodeAt(0)) >>> 0, 7);
const uuid = (device: string, seq: number) => `${deviceHash(device).toString(16).padStart(8, '0')}-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`;

function chain(device: string, count: number, edit: (row: Omit<Action, 'hash'>) => Omit<Action, 'hash'> = (r) => r): Action[] {
  const rows: Action[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 0; seq < count; seq++) {
    const unhashed = edit({
      id: uuid(device, seq),
      deviceId: device,
      seq,
      at: Date.UTC(2026, 10, 22, 2, 0, seq),
      kind: 'message.sent',
      payload: { length: seq, findings: 0, ruleIds: [], via: 'enter' },
      agent: { name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' },
      site: 'douyin',
      buyer: { site: 'douyin', shop: '鲜果小铺', nick: '小鹿' },
      prevHash,
    });
    const row = { ...unhashed, prevHash, hash: hashAction({ ...unhashed, prevHash }) } as Action;
    rows.push(row);
    prevHash = row.hash;
  }
  return rows;
}

/** Recomputes every hash from the first row on, as someone covering an edit would. */
function rehash(rows: Action[]): Action[] {
  let prevHash = GENESIS_HASH;
  return rows.map((row) => {
    const { hash: _old, ...rest } = row;
    const next = { ...rest, prevHash, hash: hashAction({ ...rest, prevHash }) } as Action;
    prevHash = next.hash;
    return next;
  });
}

async function sign(signer: typeof key, head: Action): Promise<Checkpoint> {
  const checkpoint = { deviceId: head.deviceId, seq: head.seq, hash: head.hash, signedAt: Date.UTC(2026, 10, 22, 3) };
  return { checkpoint, publicKey: signer.publicKey, signature: await signValue(signer.privateKey, checkpoint) };
}

const encode = (text: string) => new TextEncoder().encode(text);
const file = (rows: readonly Action[], checkpoints: readonly Checkpoint[] = []) => toNdjson(rows) + checkpointLines(checkpoints);

async function buildCorpus(): Promise<Case[]> {
  const cases: Case[] = [];
  const good = file(honest, [honestCheckpoint]);
  const lines = good.trimEnd().split('\n');
  const add = (name: string, text: string | Uint8Array, expected: Expected, registered = false) => cases.push({ name, bytes: typeof text === 'string' ? encode(text) : text, expected, registered });
  const withLine = (index: number, line: string) => lines.map((l, i) => (i === index ? line : l)).join('\n') + '\n';
  const row = (index: number) => JSON.parse(lines[index]!) as Record<string, unknown>;

  add('the honest file', good, { status: 'signed', newKey: true });
  add('the honest file again, registered', good, { status: 'signed' }, true);
  add('BOM and CRLF', `\uFEFF${good.replace(/\n/g, '\r\n')}`, { status: 'signed', newKey: true });
  add('blank lines between rows', good.replace(/\n/g, '\n\n'), { status: 'signed', newKey: true });

  // Truncated inside a line: the cut line is not JSON.
  for (let i = 0; i < 24; i++) {
    const lineIndex = i % lines.length;
    const cut = lines.slice(0, lineIndex).join('\n').length + (lineIndex ? 1 : 0) + 5 + ((i * 37) % (lines[lineIndex]!.length - 10));
    add(`truncated inside line ${lineIndex + 1} (#${i})`, good.slice(0, cut), { rejected: true, line: lineIndex + 1 });
  }

  // Wrong types in every field of a row.
  const wrongValues: unknown[] = [null, 42, 'text', [], { nested: true }, true];
  const fields = ['id', 'deviceId', 'seq', 'at', 'kind', 'payload', 'hash', 'prevHash', 'agent', 'site', 'buyer'];
  for (const field of fields) {
    for (const [j, value] of wrongValues.entries()) {
      const original = row(3)[field];
      if (typeof value === typeof original && !Array.isArray(value) && value !== null && typeof value !== 'string') continue;
      if (typeof original === 'string' && typeof value === 'string' && field !== 'hash' && field !== 'prevHash' && field !== 'id' && field !== 'kind') continue;
      add(`${field} = ${JSON.stringify(value)} (#${j})`, withLine(3, JSON.stringify({ ...row(3), [field]: value })), { rejected: true, line: 4 });
    }
  }

  // Lines far longer than any row.
  for (const size of [70_000, 200_000, 1_000_000, 3_000_000, 65_537])
    add(`a ${size}-character line`, withLine(2, JSON.stringify({ ...row(2), payload: { note: 'x'.repeat(size) } })), { rejected: true, line: 3 });

  // Deep nesting in the payload (as arrays and as objects).
  for (const depth of [65, 100, 1000, 3000, 10_000]) {
    add(`payload nested ${depth} deep in arrays`, withLine(1, JSON.stringify(row(1)).replace(/"payload":\{[^}]*\}/, `"payload":${'['.repeat(depth)}1${']'.repeat(depth)}`)), {
      rejected: true,
      line: 2,
    });
    add(`payload nested ${depth} deep in objects`, withLine(1, JSON.stringify(row(1)).replace(/"payload":\{[^}]*\}/, `"payload":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)), {
      rejected: true,
      line: 2,
    });
  }

  // Prototype keys, in the payload and in the row.
  for (const keyName of ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString']) {
    add(`payload with ${keyName}`, withLine(5, JSON.stringify(row(5)).replace('"payload":{', `"payload":{"${keyName}":{"isAdmin":true},`)), { rejected: true, line: 6 });
    add(`row with ${keyName}`, withLine(5, JSON.stringify(row(5)).replace(/^\{/, `{"${keyName}":{"polluted":1},`)), { rejected: true, line: 6 });
  }

  // NaN, Infinity and numbers out of range.
  for (const literal of ['NaN', 'Infinity', '-Infinity', '1e400', '-1e400', 'undefined'])
    add(`seq = ${literal}`, withLine(4, JSON.stringify(row(4)).replace(/"seq":\d+/, `"seq":${literal}`)), { rejected: true, line: 5 });
  for (const at of [9e15, -1, 0, 1e12, Date.UTC(2101, 0, 1), 1.5e12 + 0.5]) add(`at = ${at}`, withLine(4, JSON.stringify({ ...row(4), at })), { rejected: true, line: 5 });
  for (const seq of [-1, 1.5, 2 ** 60]) add(`seq = ${seq}`, withLine(4, JSON.stringify({ ...row(4), seq })), { rejected: true, line: 5 });

  // Not a file of rows at all.
  add('empty file', '', { rejected: true });
  add('only blank lines', '\n\n\r\n', { rejected: true });
  add('a JSON array', JSON.stringify(honest), { rejected: true, line: 1 });
  add('a CSV file', 'time,agent,kind\n2026-11-22,王小明,message.sent\n', { rejected: true, line: 1 });
  add('HTML', '<html><body>not a log</body></html>', { rejected: true, line: 1 });
  for (const [i, junk] of ['null', '42', '"row"', 'true', '[]', '{}'].entries()) add(`a line that is ${junk} (#${i})`, withLine(6, junk), { rejected: true, line: 7 });

  // Invalid UTF-8 bytes.
  for (const [i, bad] of [[0xff], [0xc3, 0x28], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf]].entries()) {
    const bytes = encode(good);
    const at = encode(lines.slice(0, 2).join('\n')).length + 20;
    add(`invalid UTF-8 bytes ${bad.map((b) => b.toString(16)).join(' ')} (#${i})`, new Uint8Array([...bytes.slice(0, at), ...bad, ...bytes.slice(at)]), { rejected: true, line: 3 });
  }

  // Checkpoint lines that are not checkpoints.
  const cp = JSON.parse(lines.at(-1)!) as Checkpoint;
  const cpVariants: unknown[] = [
    { ...cp, signature: 'short' },
    { ...cp, publicKey: { ...cp.publicKey, crv: 'P-384' } },
    { ...cp, checkpoint: { ...cp.checkpoint, hash: 'zz' } },
    { ...cp, checkpoint: { ...cp.checkpoint, seq: -1 } },
    { ...cp, extra: 1 },
    { checkpoint: cp.checkpoint },
    { ...cp, checkpoint: { ...cp.checkpoint, signedAt: 9e15 } },
  ];
  for (const [i, variant] of cpVariants.entries()) add(`malformed checkpoint (#${i})`, withLine(lines.length - 1, JSON.stringify(variant)), { rejected: true, line: lines.length });
  add('checkpoint with a __proto__ key', withLine(lines.length - 1, lines.at(-1)!.replace('"checkpoint":{', '"checkpoint":{"__proto__":{"seq":0},')), { rejected: true, line: lines.length });

  // Signatures that do not verify.
  for (let i = 0; i < 10; i++) {
    const flipped = cp.signature.slice(0, 10 + i) + (cp.signature[10 + i] === 'A' ? 'B' : 'A') + cp.signature.slice(11 + i);
    add(`signature with one character changed (#${i})`, withLine(lines.length - 1, JSON.stringify({ ...cp, signature: flipped })), { status: 'signature-invalid' });
  }
  add('checkpoint for another head, same signature', withLine(lines.length - 1, JSON.stringify({ ...cp, checkpoint: { ...cp.checkpoint, seq: 3, hash: honest[3]!.hash } })), {
    status: 'signature-invalid',
  });

  // Edited, then every hash recomputed; the old checkpoint kept, dropped, or re-signed by another key.
  for (let k = 0; k < ROWS; k++) {
    const edited = rehash(honest.map((r) => (r.seq === k ? { ...r, payload: { length: 999, findings: 0, ruleIds: [], via: 'enter' } } : r)));
    add(`row ${k} edited and rehashed, old checkpoint kept`, file(edited, [cp]), { status: 'head-mismatch' });
    add(`row ${k} edited and rehashed, checkpoint dropped`, file(edited), { status: 'unsigned' });
    add(
      `row ${k} edited and rehashed, re-signed by another key, device registered`,
      file(edited, [await sign(otherKey, edited.at(-1)!)]),
      { status: 'key-unknown', conflicts: ROWS - k, rewrites: true },
      true,
    );
    add(`row ${k} edited and rehashed, old checkpoint, device registered`, file(edited, [cp]), { status: 'head-mismatch', conflicts: ROWS - k, rewrites: true }, true);
  }

  // Tail cut off.
  for (let keep = 1; keep < ROWS; keep++) {
    add(`tail cut to ${keep} rows, checkpoint kept`, file(honest.slice(0, keep), [cp]), { status: 'head-mismatch' });
    add(`tail cut to ${keep} rows, checkpoint dropped`, file(honest.slice(0, keep)), { status: 'unsigned' });
  }

  // A row deleted and the rest renumbered and rehashed.
  for (let k = 0; k < ROWS - 1; k += 2) {
    const renumbered = rehash(honest.filter((r) => r.seq !== k).map((r, i) => ({ ...r, seq: i })));
    add(`row ${k} deleted and renumbered, old checkpoint`, file(renumbered, [cp]), { status: 'head-mismatch' });
    add(
      `row ${k} deleted and renumbered, re-signed by a new key, device registered`,
      file(renumbered, [await sign(otherKey, renumbered.at(-1)!)]),
      { status: 'key-unknown', conflicts: ROWS - 1 - k, rewrites: true },
      true,
    );
  }

  // Duplicate (device, seq) with different content in one file: the first kept, the rest reported.
  for (let k = 0; k < 10; k++) {
    const { hash: _hash, ...base } = honest[k]!;
    const changed = { ...base, id: uuid('twin', k), payload: { length: 1000 + k, findings: 0, ruleIds: [], via: 'enter' } };
    add(`seq ${k} twice with different content`, file([...honest, { ...changed, hash: hashAction(changed) } as Action], [cp]), { status: 'signed', newKey: true, conflicts: 1 });
  }

  // The same row id under another device.
  for (let k = 0; k < 5; k++) {
    const other = chain('device-fuzz-0002', 3).map((r) => (r.seq === 0 ? { ...r, id: honest[k]!.id } : r));
    cases.push({ name: `row id ${k} reused by another device`, bytes: encode(file([...honest, ...rehash(other)], [cp])), expected: { status: 'signed', newKey: true, conflicts: 1 } });
  }

  // Rows invented after the signed head, chained on (the old checkpoint replayed): an unsigned tail, never verified.
  for (let extra = 1; extra <= 6; extra++) {
    const longer = rehash([
      ...honest,
      ...chain(DEVICE, ROWS + extra)
        .slice(ROWS)
        .map((r) => ({ ...r, payload: { length: 7000 + r.seq, findings: 0, ruleIds: [], via: 'enter' } })),
    ]);
    add(`${extra} rows appended after the checkpoint`, file(longer, [cp]), { status: 'signed', newKey: true, tail: extra });
    add(`${extra} rows appended after the checkpoint, device registered`, file(longer, [cp]), { status: 'signed', tail: extra }, true);
  }
  for (let k = 1; k < ROWS - 1; k += 3) {
    add(
      `checkpoint at row ${k} over rows rehashed after it`,
      file(rehash(honest.map((r) => (r.seq > k ? { ...r, payload: { length: 8000, findings: 0, ruleIds: [], via: 'enter' } } : r))), [await sign(key, honest[k]!)]),
      { status: 'signed', newKey: true, tail: ROWS - 1 - k },
    );
  }

  // A second key signing a checkpoint of the same device.
  for (let k = 0; k < ROWS - 1; k += 4) {
    add(`a second checkpoint at row ${k} by another key`, file(honest, [await sign(otherKey, honest[k]!), cp]), { status: 'key-conflict' });
    add(`a second checkpoint at row ${k} by another key, device registered`, file(honest, [cp, await sign(otherKey, honest[k]!)]), { status: 'key-conflict' }, true);
  }

  // A copy of the imported file with text changed and every hash field kept: conflicts, not duplicates.
  for (const [i, name] of ['李四', '王小明 ', '王小明\u200b'].entries()) {
    const tampered = honest.map((r) => ({ ...r, agent: { ...r.agent!, name: JSON.parse(`"${name}"`) as string } }));
    add(`agent name changed to ${name}, hashes kept, device registered (#${i})`, file(tampered, [cp]), { status: 'signed', conflicts: ROWS, rewrites: true }, true);
  }
  add(
    'one payload changed, hashes kept, device registered',
    file(
      honest.map((r) => (r.seq === 4 ? { ...r, payload: { length: 4, findings: 1, ruleIds: [], via: 'enter' } } : r)),
      [cp],
    ),
    { status: 'signed', conflicts: 1, rewrites: true },
    true,
  );

  // An invented device: its own fresh key (first sight: registered now, flagged as new), or no signature.
  for (let i = 0; i < 4; i++) {
    const invented = chain(`device-invented-${i}`, 5);
    cases.push({ name: `invented device #${i}, signed by a fresh key`, bytes: encode(file(invented, [await sign(otherKey, invented.at(-1)!)])), expected: { status: 'signed', newKey: true } });
    cases.push({ name: `invented device #${i}, unsigned`, bytes: encode(file(invented)), expected: { status: 'unsigned' } });
  }
  return cases;
}

let corpus: Case[] = [];
beforeAll(async () => {
  key = await generateDeviceKey();
  otherKey = await generateDeviceKey();
  honest = chain(DEVICE, ROWS);
  honestCheckpoint = await sign(key, honest.at(-1)!);
  corpus = await buildCorpus();
});

/** The file's bytes as a stream cut at uneven places (inside lines and inside characters). */
function streamOf(bytes: Uint8Array, seed: number): ReadableStream<Uint8Array> {
  let at = 0;
  let step = seed;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      step = (step * 7 + 13) % 97;
      const size = step % 5 === 0 ? 4096 : 1 + step;
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

async function importCase(c: Case) {
  const db = new AppDB(`fuzz-${crypto.randomUUID()}`);
  try {
    if (c.registered) {
      const first = parseNdjsonExport(file(honest, [honestCheckpoint]));
      if (!first.ok) throw new Error('honest file rejected');
      await importIntoMerged(db, 'honest.ndjson', first.rows, first.checkpoints);
    }
    const decoded = decodeExportFile(c.bytes);
    const parsed = decoded.ok ? parseNdjsonExport(decoded.text) : decoded;
    if (!parsed.ok) return { rejected: true as const, errors: parsed.errors, stored: await db.actions.count() };
    return { rejected: false as const, report: await importIntoMerged(db, `${c.name}.ndjson`, parsed.rows, parsed.checkpoints) };
  } finally {
    db.close();
    await db.delete();
  }
}

describe('hostile import files', () => {
  it('the corpus holds more than 200 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    console.log(`hostile import corpus: ${corpus.length} files`);
  });

  it('each gets its expected outcome', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    for (const c of corpus) {
      const outcome = await importCase(c);
      const e = c.expected;
      if (e.rejected) {
        if (!outcome.rejected) failures.push(`${c.name}: imported, expected rejected`);
        else if (e.line !== undefined && !outcome.errors.some((err) => err.line === e.line))
          failures.push(`${c.name}: rejected at ${outcome.errors.map((err) => err.line).join(',')}, expected line ${e.line} (${outcome.errors[0]?.message})`);
        else if (outcome.stored !== (c.registered ? ROWS : 0)) failures.push(`${c.name}: a rejected file stored rows`);
        continue;
      }
      if (outcome.rejected) {
        failures.push(`${c.name}: rejected (${outcome.errors[0]?.line}: ${outcome.errors[0]?.message}), expected ${e.status}`);
        continue;
      }
      const verdict = outcome.report.verdicts.find((v) => v.deviceId === (c.name.startsWith('invented') ? outcome.report.devices[0] : DEVICE)) ?? outcome.report.verdicts[0];
      if (verdict?.status !== e.status) failures.push(`${c.name}: ${verdict?.status}, expected ${e.status}`);
      if (e.newKey !== undefined && !!verdict?.newKey !== e.newKey) failures.push(`${c.name}: newKey ${verdict?.newKey}`);
      if ((e.rewrites ?? false) !== (verdict?.rewritesHistory ?? false)) failures.push(`${c.name}: rewrites ${verdict?.rewritesHistory}`);
      if ((e.conflicts ?? 0) !== outcome.report.conflicts.length) failures.push(`${c.name}: ${outcome.report.conflicts.length} conflicts, expected ${e.conflicts ?? 0}`);
      if (e.status === 'signed' && (e.tail ?? 0) !== verdict?.unsignedTail) failures.push(`${c.name}: unsigned tail ${verdict?.unsignedTail}, expected ${e.tail ?? 0}`);
      if ((e.status !== 'signed' || e.tail || e.rewrites || e.conflicts) && reportVerified(outcome.report)) failures.push(`${c.name}: reported verified`);
    }
    expect(failures).toEqual([]);
  });

  it('each streamed in uneven pieces, a few rows a chunk, gets the same outcome as read whole', { timeout: 180_000 }, async () => {
    const failures: string[] = [];
    for (const [i, c] of corpus.entries()) {
      const whole = await importCase(c);
      const db = new AppDB(`fuzz-${crypto.randomUUID()}`);
      try {
        if (c.registered) await importIntoMerged(db, 'honest.ndjson', honest, [honestCheckpoint]);
        const streamed = await importNdjsonFile(db, `${c.name}.ndjson`, () => streamOf(c.bytes, i), undefined, 5);
        if ('rejected' in streamed !== whole.rejected) failures.push(`${c.name}: ${'rejected' in streamed ? 'rejected' : 'imported'} streamed`);
        else if ('rejected' in streamed && whole.rejected) {
          if (streamed.rejected[0]?.line !== whole.errors[0]?.line) failures.push(`${c.name}: first bad line ${streamed.rejected[0]?.line} streamed, ${whole.errors[0]?.line} whole`);
          if ((await db.actions.count()) !== (c.registered ? ROWS : 0)) failures.push(`${c.name}: a rejected stream stored rows`);
        } else if ('report' in streamed && !whole.rejected) {
          // Times differ between the two imports (when each ran, when a new key was registered); nothing else may.
          const strip = ({ at: _at, fileName: _f, verdicts, ...rest }: typeof streamed.report) => ({ ...rest, verdicts: verdicts.map(({ registeredAt: _r, ...v }) => v) });
          try {
            expect(strip(streamed.report)).toEqual(strip(whole.report));
          } catch (error) {
            failures.push(`${c.name}: reports differ ${String(error).slice(0, 300)}`);
          }
        }
      } finally {
        db.close();
        await db.delete();
      }
    }
    expect(failures).toEqual([]);
  });

  it('a forged copy imported first does not win: the signed honest file replaces the rows it covers', async () => {
    const db = new AppDB(`fuzz-${crypto.randomUUID()}`);
    try {
      const forged = rehash(honest.map((r) => (r.seq === 2 ? { ...r, payload: { length: 999, findings: 0, ruleIds: [], via: 'enter' } } : r)));
      const first = await importIntoMerged(db, 'forged.ndjson', forged, []);
      expect(first.verdicts[0]?.status).toBe('unsigned');
      // Streamed in small chunks, so the replacement reads the file a third time.
      const streamed = await importNdjsonFile(db, 'honest.ndjson', () => streamOf(encode(file(honest, [honestCheckpoint])), 3), undefined, 4);
      if (!('report' in streamed)) throw new Error('honest file rejected');
      const second = streamed.report;
      expect(second.verdicts[0]).toMatchObject({ status: 'signed', newKey: true });
      expect(second.conflicts.map((c) => c.reason)).toEqual(Array(ROWS - 2).fill('replaced'));
      expect(second.issues).toEqual([]);
      const held = (await db.actions.orderBy('[deviceId+seq]').toArray()).map((r) => r.hash);
      expect(held).toEqual(honest.map((r) => r.hash));
      // Once vouched for, the history cannot be replaced again by a later signed file of another key.
      const third = await importIntoMerged(db, 'again.ndjson', forged, [await sign(otherKey, forged.at(-1)!)]);
      expect(third.verdicts[0]).toMatchObject({ status: 'key-unknown', rewritesHistory: true });
      expect((await db.actions.orderBy('[deviceId+seq]').toArray()).map((r) => r.hash)).toEqual(honest.map((r) => r.hash));
    } finally {
      db.close();
      await db.delete();
    }
  });
});
