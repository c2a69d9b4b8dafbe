import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { templateSchema } from '@/utils/model';

beforeEach(() => fakeBrowser.reset());

const phrase = (id: string, owner: 'team' | 'personal', usageCount = 0) => templateSchema.parse({ id, title: id, body: `${id}…`, language: 'zh-CN', category: '其他', owner, usageCount });

describe('a team policy reaching an agent', () => {
  it('replaces the team phrases but keeps the agent’s personal phrases and their own usage counts; exports only team phrases', async () => {
    vi.resetModules();
    const storage = await import('@/utils/storage');
    await storage.templatesStore.save([phrase('shared', 'team', 7), phrase('old', 'team', 2), phrase('mine', 'personal', 3)]);
    const policy = await storage.loadTeamPolicy();
    expect(policy.templates.map((t) => t.id)).toEqual(['shared', 'old']);
    await storage.saveTeamPolicy({ ...policy, templates: [phrase('shared', 'team', 100), phrase('new', 'team', 50)] });
    const after = await storage.templatesStore.load();
    expect(after.map((t) => [t.id, t.owner, t.usageCount])).toEqual([
      ['shared', 'team', 7],
      ['new', 'team', 0],
      ['mine', 'personal', 3],
    ]);
  });
});
