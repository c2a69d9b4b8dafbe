import { signal } from '@preact/signals-react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSession } from '@/utils/content/page-session';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';

const sent: { type: string; data: unknown }[] = [];
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string, data: unknown) => (sent.push({ type, data }), type === 'learned:ranking' ? [] : { recorded: true }),
}));
const { learnFromUse } = await import('@/utils/content/learn-from-use');

/** The part of a page session the learner reads: the snapshot and the agent's sends. */
function fakeSession(buyer: string, messages: { direction: 'buyer' | 'agent'; text: string }[]) {
  const listeners = new Set<(text: string) => void>();
  const snapshot = signal({ ok: true, snapshot: { pageKind: 'chat', buyer: { id: buyer, displayName: buyer }, messages, orders: [] } });
  const session = { snapshot, onReplySent: (l: (text: string) => void) => (listeners.add(l), () => listeners.delete(l)) } as unknown as PageSession;
  return { session, snapshot, send: (text: string) => listeners.forEach((l) => l(text)) };
}
const template = DEFAULT_TEMPLATES.find((t) => t.id === 'zh.presale.stock')!;
const records = () => sent.filter((m) => m.type === 'learned:record').map((m) => m.data);
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('learning from the agent picks on a chat page', () => {
  beforeEach(() => void (sent.length = 0));

  it('a sent insert records the buyer messages as used; one rewritten past recognition records them against', async () => {
    const { session, send } = fakeSession('b1', [{ direction: 'buyer', text: '还能买到不' }]);
    const learner = learnFromUse(session);
    learner.inserted({ template, text: template.body, missing: [], forBuyer: 'b1' });
    send(template.body);
    learner.inserted({ template, text: template.body, missing: [], forBuyer: 'b1' });
    send('亲，这款卖完了，下周二到货，到了我第一时间告诉您');
    await flush();
    expect(records()).toEqual([
      { templateId: 'zh.presale.stock', buyerTexts: ['还能买到不'], outcome: 'used' },
      { templateId: 'zh.presale.stock', buyerTexts: ['还能买到不'], outcome: 'against' },
    ]);
  });

  it('deleting the inserted text counts against; a send after the buyer changed, or with no insert, records nothing', async () => {
    const { session, snapshot, send } = fakeSession('b1', [{ direction: 'buyer', text: '还能买到不' }]);
    const learner = learnFromUse(session);
    learner.inserted({ template, text: template.body, missing: [], forBuyer: 'b1' });
    learner.draftChanged('');
    send('随便说点什么');
    learner.inserted({ template, text: template.body, missing: [], forBuyer: 'b1' });
    snapshot.value = { ...snapshot.value, snapshot: { ...snapshot.value.snapshot, buyer: { id: 'b2', displayName: 'b2' } } };
    send(template.body);
    await flush();
    expect(records()).toEqual([{ templateId: 'zh.presale.stock', buyerTexts: ['还能买到不'], outcome: 'against' }]);
  });
});
