import { describe, expect, it } from 'vitest';
import { entryAt, stampAgents, SWITCH_SLACK_MS } from '@/utils/log/agent-stamp';
import { makeDraft, type Agent, type AgentHistoryEntry } from '@/utils/model';

const A: Agent = { name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' };
const B: Agent = { name: '李晓红', staffId: '2048', role: 'agent', shop: '鲜果小铺' };
const T0 = Date.UTC(2026, 11, 1, 1, 0);
const SHIFT = T0 + 8 * 3_600_000;
const history: AgentHistoryEntry[] = [
  { since: T0, agent: A },
  { since: SHIFT, agent: B },
];
const at = (time: number, agent?: Agent) => ({ ...makeDraft('panel.toggled', { collapsed: true }), at: time, ...(agent ? { agent } : {}) });

describe('who a draft is stored under', () => {
  it('finds the entry in effect at a time', () => {
    expect(entryAt(history, T0 - 1)).toBeUndefined();
    expect(entryAt(history, SHIFT - 1)?.agent).toEqual(A);
    expect(entryAt(history, SHIFT)?.agent).toEqual(B);
  });

  it('keeps the agent a draft carries, also when it is delivered after the next shift logged in', () => {
    const { drafts, mismatches } = stampAgents([at(SHIFT - 60_000, A), at(SHIFT + 60_000, B)], history, B);
    expect(drafts.map((d) => d.agent?.staffId)).toEqual(['1024', '2048']);
    expect(mismatches).toEqual([]);
  });

  it('stamps a draft without an agent (an older build’s outbox) from the history at its time, else with who is logged in now', () => {
    const { drafts } = stampAgents([at(SHIFT - 60_000), at(SHIFT + 60_000), at(T0 - 60_000)], history, B);
    expect(drafts.map((d) => d.agent?.staffId)).toEqual(['1024', '2048', '2048']);
  });

  it('flags an agent the history contradicts once per draft (same note id on a retry), and keeps what the page said', () => {
    const forged = at(SHIFT - 3_600_000, B);
    const first = stampAgents([forged], history, B);
    const again = stampAgents([forged], history, B);
    expect(first.drafts[0]!.agent).toEqual(B);
    expect(first.mismatches).toHaveLength(1);
    expect(first.mismatches[0]!.payload).toEqual({ draftId: forged.id, staffId: '2048', expectedStaffId: '1024' });
    expect(again.mismatches[0]!.id).toBe(first.mismatches[0]!.id);
  });

  it('takes either agent for a draft logged within the slack of a switch (the page hears of it a moment apart)', () => {
    const { mismatches } = stampAgents([at(SHIFT - SWITCH_SLACK_MS / 2, B), at(SHIFT + SWITCH_SLACK_MS / 2, A), at(SHIFT + SWITCH_SLACK_MS * 2, A)], history, B);
    expect(mismatches.map((m) => m.payload)).toEqual([expect.objectContaining({ staffId: '1024', expectedStaffId: '2048' })]);
  });

  it('does not flag what the history cannot judge (before its first entry)', () => {
    expect(stampAgents([at(T0 - 3_600_000, B)], history, B).mismatches).toEqual([]);
  });
});
