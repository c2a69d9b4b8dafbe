// Writes an agent's NDJSON export of `rows` rows over `devices` devices, as the extension writes it: every row hashed
// and chained (SHA-256 over the row's canonical JSON), each device's head signed at the end (ECDSA P-256). Written a
// chunk at a time, so a 500 MB file costs the generator little memory.
import { createHash, webcrypto } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const GENESIS = '0'.repeat(64);
const hex = (n, width) => n.toString(16).padStart(width, '0');

/** A row with its keys in sorted order at every level, so JSON.stringify is the canonical JSON the hash is over. */
function rowOf(device, d, seq, prevHash, at) {
  return {
    agent: { name: `客服${1000 + d}`, role: 'agent', shop: '鲜果小铺', staffId: String(1000 + d) },
    at,
    buyer: { nick: `买家${(seq * 7919 + d) % 100_000}`, shop: '鲜果小铺', site: d % 2 ? 'douyin' : 'pinduoduo' },
    deviceId: device,
    id: `${hex(d + 1, 8)}-0000-4000-8000-${hex(seq, 12)}`,
    kind: 'message.sent',
    payload: { findings: 0, length: 10 + (seq % 200), ruleIds: [], via: seq % 3 ? 'enter' : 'button' },
    prevHash,
    seq,
    site: d % 2 ? 'douyin' : 'pinduoduo',
  };
}

export async function writeExportFile(path, rows, devices = 20) {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const jwk = await webcrypto.subtle.exportKey('jwk', pair.publicKey);
  const out = createWriteStream(path);
  const perDevice = Math.ceil(rows / devices);
  const start = Date.UTC(2026, 9, 20);
  const heads = [];
  let written = 0;
  for (let d = 0; d < devices && written < rows; d++) {
    const device = `device-bench-${hex(d, 4)}`;
    let prevHash = GENESIS;
    let text = '';
    let head;
    for (let seq = 0; seq < perDevice && written < rows; seq++, written++) {
      const row = rowOf(device, d, seq, prevHash, start + seq * 2000 + d);
      const canonical = JSON.stringify(row);
      const hash = createHash('sha256').update(canonical).digest('hex');
      text += `${canonical.slice(0, -1)},"hash":"${hash}"}\n`;
      prevHash = hash;
      head = { deviceId: device, hash, seq, signedAt: start + 40 * 86_400_000 };
      if (text.length > 1 << 20) {
        if (!out.write(text)) await once(out, 'drain');
        text = '';
      }
    }
    out.write(text);
    heads.push(head);
  }
  for (const checkpoint of heads) {
    const signature = Buffer.from(await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new TextEncoder().encode(JSON.stringify(checkpoint)))).toString('base64');
    out.write(`${JSON.stringify({ checkpoint, publicKey: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, signature })}\n`);
  }
  out.end();
  await once(out, 'finish');
  return { rows: written, devices: heads.length };
}
