import { describe, expect, it } from 'vitest';
import { actionDraftSchema, agentSchema, buyerKey, DEFAULT_SETTINGS, makeDraft, pageSnapshotSchema, settingsSchema } from '@/utils/model';

describe('model schemas', () => {
  it('accepts a draft whose payload fits its kind and rejects one that does not', () => {
    expect(actionDraftSchema.safeParse(makeDraft('panel.toggled', { collapsed: true })).success).toBe(true);
    const bad = { ...makeDraft('panel.toggled', { collapsed: true }), payload: { collapsed: 'yes' } };
    const result = actionDraftSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['payload', 'collapsed']);
  });

  it('rejects unknown action kinds', () => {
    expect(actionDraftSchema.safeParse({ ...makeDraft('panel.toggled', { collapsed: true }), kind: 'drop.tables' }).success).toBe(false);
  });

  it('validates the agent: 工号 format, role, required names', () => {
    expect(agentSchema.safeParse({ name: '王小明', staffId: '1024', role: 'trainee', shop: '鲜果小铺' }).success).toBe(true);
    expect(agentSchema.safeParse({ name: '王小明', staffId: '10 24', role: 'agent', shop: 'x' }).success).toBe(false);
    expect(agentSchema.safeParse({ name: '', staffId: '1', role: 'agent', shop: 'x' }).success).toBe(false);
    expect(agentSchema.safeParse({ name: 'a', staffId: '1', role: 'boss', shop: 'x' }).success).toBe(false);
  });

  it('has valid default settings', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('keys buyers by stable id first, nickname second', () => {
    expect(buyerKey({ site: 'pinduoduo', shop: 's', buyerId: '1', nick: 'a' })).toBe('pinduoduo|s|id:1');
    expect(buyerKey({ site: 'douyin', shop: 's', nick: 'a' })).toBe('douyin|s|nick:a');
    expect(buyerKey({ site: 'douyin', shop: 's' })).toBeUndefined();
  });

  it('rejects a snapshot with a bad page kind', () => {
    expect(pageSnapshotSchema.safeParse({ site: 'pinduoduo', pageKind: 'cart', adapterId: 'x', orders: [], messages: [], capabilities: { reply: false, remark: false } }).success).toBe(false);
  });
});
