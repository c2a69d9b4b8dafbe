import type { Action } from '@/utils/model';

/** A seeded generator, so a failure names the same log every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

const SITES = [
  { site: 'douyin', url: 'https://im.jinritemai.com/pc_seller_v2/main/workspace' },
  { site: 'pinduoduo', url: 'https://mms.pinduoduo.com/chat-merchant/index.html' },
  { site: 'jd', url: 'https://dongdong.jd.com/' },
  { site: 'tiktok-shop', url: 'https://seller-us.tiktok.com/chat/inbox/current' },
  { site: 'tiktok-shop', url: 'https://seller-th.tiktok.com/chat/inbox/current' },
  { site: 'shopee', url: 'https://seller.shopee.co.id/new-webchat/conversations' },
  { site: 'kuaishou', url: 'https://im.kwaixiaodian.com/workbench' },
  { site: 'lazada', url: 'https://sellercenter.lazada.co.th/apps/im/chat' },
  { site: 'lazada', url: 'https://sellercenter.lazada.sg/apps/im/chat' },
  { site: 'wish', url: 'https://merchant.wish.com/ticket/5f0c2a9e1b3d4c0012ab34cd' },
  { site: 'aliexpress', url: 'https://csp.aliexpress.com/m_apps/ai-im/im' },
];
const AGENTS = ['1024', '2048', '4096', undefined];

/**
 * A week of invented work on every kind of site and market: conversations with bursts of buyer messages, replies
 * after seconds to hours (some greetings only), buyers left waiting, late-seen messages (sentAt), weekend and night
 * traffic, and the counted kinds (remarks, guard, templates) in between. Every row at its own millisecond.
 */
export function inventLog(seed: number, conversations: number): Action[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const rows: Action[] = [];
  const used = new Set<number>();
  const at = (t: number) => {
    let v = Math.round(t);
    while (used.has(v)) v++;
    used.add(v);
    return v;
  };
  const start = Date.UTC(2026, 10, 20); // a Friday
  let seq = 0;
  const row = (kind: string, when: number, payload: object, extra: Partial<Action> = {}, agent = pick(AGENTS)): Action =>
    ({
      id: crypto.randomUUID(),
      deviceId: 'device-0000',
      seq: seq++,
      at: at(when),
      kind,
      payload,
      ...(agent ? { agent: { name: 'x', staffId: agent, role: 'agent', shop: '店' } } : {}),
      prevHash: '0'.repeat(64),
      hash: '1'.repeat(64),
      ...extra,
    }) as Action;
  for (let c = 0; c < conversations; c++) {
    const { site, url } = pick(SITES);
    const buyer = { site, shop: '店', nick: `买家${c}` };
    let t = start + next() * 7 * 86_400_000;
    const events = 1 + Math.floor(next() * 9);
    for (let e = 0; e < events; e++) {
      t += next() < 0.3 ? next() * 20_000 : next() < 0.8 ? next() * 900_000 : next() * 10 * 3_600_000;
      if (next() < 0.55) {
        const late = next() < 0.15;
        rows.push(row('message.received', late ? t + 300_000 : t, { messageKey: `k${c}-${e}`, ...(late ? { sentAt: Math.round(t) } : {}) }, { site, buyer, pageUrl: url }, undefined));
      } else {
        rows.push(row('message.sent', t, { length: 10, findings: Math.floor(next() * 3), ruleIds: [], via: 'enter', ...(next() < 0.15 ? { greetingOnly: true } : {}) }, { site, buyer, pageUrl: url }));
      }
    }
    if (next() < 0.3) rows.push(row('remark.saved', t + 1000, { orderNo: '1', valid: next() < 0.6, linesAdded: 1, via: 'button' }, { site }));
    if (next() < 0.2) rows.push(row('remark.blocked', t + 2000, { orderNo: '1', fields: ['staffId'], codes: ['missing'], via: 'button' }, { site }));
    if (next() < 0.2) rows.push(row('lint.blocked', t + 3000, { ruleIds: ['ad.absolute'], via: 'enter' }, { site }));
    if (next() < 0.1) rows.push(row('lint.overridden', t + 4000, { ruleIds: ['tone.ni'] }, { site }));
    if (next() < 0.1) rows.push(row('message.sent_unguarded', t + 5000, { messageKey: `u${c}`, length: 3, findings: 1, ruleIds: [], blocking: next() < 0.5 }, { site }));
    if (next() < 0.2) rows.push(row('template.inserted', t + 6000, { templateId: 't', rank: 0, via: 'click', missing: [] }, { site }));
    if (next() < 0.1) rows.push(row('panel.opened', t + 7000, { pageKind: 'chat', adapterId: `${site}.chat` }, { site }));
  }
  return rows;
}
