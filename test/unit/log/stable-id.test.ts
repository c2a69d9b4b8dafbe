import { describe, expect, it } from 'vitest';
import { buyerMessageKeys } from '@/utils/content/message-observer';
import { stableActionId, textDigest } from '@/utils/log/stable-id';
import { actionDraftSchema, makeDraft } from '@/utils/model';

describe('stable action ids', () => {
  it('are valid UUIDs, equal for equal parts and different otherwise', () => {
    const id = stableActionId('message.received', 'pinduoduo', 'u1', 'm1');
    expect(actionDraftSchema.safeParse({ ...makeDraft('message.received', { messageKey: 'm1' }), id }).success).toBe(true);
    expect(stableActionId('message.received', 'pinduoduo', 'u1', 'm1')).toBe(id);
    expect(stableActionId('message.received', 'pinduoduo', 'u1', 'm2')).not.toBe(id);
    expect(stableActionId('message.received', 'pinduoduo', 'u1m', '1')).not.toBe(id);
  });
});

describe('buyer message keys', () => {
  it('use the page id when there is one, and never the text', () => {
    const keys = buyerMessageKeys([
      { id: 'a', direction: 'buyer', text: '在吗' },
      { direction: 'agent', text: '在的' },
      { direction: 'buyer', text: '在吗', at: 1 },
    ]);
    expect(keys.map((k) => k.key)).toEqual(['a', textDigest('1|在吗|0')]);
    expect(keys[1]!.key).not.toContain('在吗');
  });

  it('tell apart the same text sent twice without id or time', () => {
    const keys = buyerMessageKeys([
      { direction: 'buyer', text: '在吗' },
      { direction: 'buyer', text: '在吗' },
    ]).map((k) => k.key);
    expect(new Set(keys).size).toBe(2);
    expect(
      buyerMessageKeys([
        { direction: 'buyer', text: '在吗' },
        { direction: 'buyer', text: '在吗' },
      ]).map((k) => k.key),
    ).toEqual(keys);
  });
});
