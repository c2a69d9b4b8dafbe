import type { Action, ActionKind } from '@/utils/model';

const HASH = 'a3f1'.repeat(16);
const NICKS = ['小鹿爱吃橙', 'momo_22', 't***8', '王**', 'Anna K.', '快乐的小猪'];

/**
 * A realistic log, generated row by row (never held whole): 20 agents, `buyers` conversations over 30 days,
 * buyer messages answered a few seconds to minutes later, with remarks, lint and template rows mixed in.
 */
export function* sampleLog(count: number, buyers = 50_000): Generator<Action> {
  const rand = mulberry32(7);
  const start = Date.UTC(2026, 9, 20);
  for (let seq = 0; seq < count; seq++) {
    const buyer = Math.floor(rand() * buyers);
    const staffId = String(1000 + (buyer % 20));
    const roll = rand();
    const kind: ActionKind = roll < 0.4 ? 'message.received' : roll < 0.8 ? 'message.sent' : roll < 0.88 ? 'template.inserted' : roll < 0.94 ? 'remark.saved' : 'lint.blocked';
    const payload =
      kind === 'message.received'
        ? { messageKey: `m${seq}` }
        : kind === 'message.sent'
          ? { length: 40, findings: rand() < 0.1 ? 1 : 0, ruleIds: [], via: 'enter' }
          : kind === 'template.inserted'
            ? { templateId: 'zh.logistics.where', rank: 0, via: 'hotkey', missing: [] }
            : kind === 'remark.saved'
              ? { orderNo: '261120-538127364510922', changeType: '改地址', flag: '红', valid: rand() < 0.9, linesAdded: 1, via: 'button' }
              : { ruleIds: ['ad.absolute'], via: 'enter' };
    yield {
      id: `00000000-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`,
      deviceId: `device-${staffId}`,
      seq,
      at: start + Math.floor((seq / count) * 30 * 86_400_000) + Math.floor(rand() * 120_000),
      kind,
      payload,
      agent: { name: `客服${staffId}`, staffId, role: 'agent', shop: '鲜果小铺' },
      site: buyer % 2 ? 'douyin' : 'pinduoduo',
      buyer: { site: buyer % 2 ? 'douyin' : 'pinduoduo', shop: '鲜果小铺', nick: `${NICKS[buyer % NICKS.length]}${buyer}` },
      prevHash: HASH,
      hash: HASH,
    };
  }
}

/** A small seeded PRNG with a full 2^32 period (a float LCG loses precision and cycles early). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
