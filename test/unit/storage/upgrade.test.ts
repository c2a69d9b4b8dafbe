import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const SHAPES = join(process.cwd(), 'test/fixtures/storage');
const shape = (round: string, key: string): unknown => JSON.parse(readFileSync(join(SHAPES, round, `${key}.json`), 'utf8'));

/** Puts values into storage.local the way a released build left them (WXT keeps the version in `<key>$`). */
async function seed(values: Record<string, unknown>, version = 1): Promise<void> {
  for (const [key, value] of Object.entries(values)) await fakeBrowser.storage.local.set({ [key]: value, [`${key}$`]: { v: version } });
}

/** The storage module as a freshly started build sees it (items run their migrations when first defined). */
async function freshStorage() {
  vi.resetModules();
  return import('@/utils/storage');
}

beforeEach(() => fakeBrowser.reset());

describe('stored values from every released build read back with nothing lost', () => {
  for (const round of readdirSync(SHAPES).filter((d) => d.startsWith('round-'))) {
    it(`${round}: settings keep the agent, the site switches and the panel`, async () => {
      const stored = shape(round, 'settings') as { agent: unknown; sites: Record<string, boolean>; panel: unknown; uiLanguage: string };
      await seed({ settings: stored });
      const { settingsStore } = await freshStorage();
      const settings = await settingsStore.load();
      expect(settings.agent).toEqual(stored.agent);
      expect(settings.sites).toEqual(stored.sites);
      expect(settings.panel).toEqual(stored.panel);
      expect(settings.uiLanguage).toBe(stored.uiLanguage);
    });
  }

  it('round-2: the lead’s thresholds and text switch move from settings into the team rules', async () => {
    await seed({ settings: shape('round-2', 'settings') });
    const { settingsStore, teamRulesStore } = await freshStorage();
    expect((await settingsStore.load()).agent?.staffId).toBe('1024');
    const rules = await teamRulesStore.load();
    expect(rules.logMessageText).toBe(true);
    expect(rules.waitThresholds).toEqual({ douyin: { warnSec: 100, lateSec: 200 }, pinduoduo: { warnSec: 240, lateSec: 3000 } });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).not.toHaveProperty('waitThresholds');
    expect(raw['settings$']).toEqual({ v: 2 });
  });

  it('round-2: remark format, guard policy, templates and playbooks read back as stored', async () => {
    const stored = {
      remarkFormat: shape('round-2', 'remarkFormat'),
      lintPolicy: shape('round-2', 'lintPolicy'),
      templates: shape('round-2', 'templates'),
      playbooks: shape('round-2', 'playbooks'),
      playbookConfig: shape('round-2', 'playbookConfig'),
    };
    await seed(stored);
    const storage = await freshStorage();
    const format = await storage.remarkFormatStore.load();
    expect(format.enforcement).toBe('warn');
    expect(format.changeTypes).toContain('换货');
    expect(format.flags).toEqual((stored.remarkFormat as { flags: unknown }).flags);
    // Everything the lead stored, and the lead's own variants (a later field) start empty.
    expect(await storage.lintPolicyStore.load()).toEqual({ ...(stored.lintPolicy as object), variants: [] });
    expect((await storage.templatesStore.load())[0]?.usageCount).toBe(7);
    // The background rewrites the round-2 library (one array) as chunks; every template reads back the same.
    const before = await storage.templatesStore.load();
    expect(await storage.templatesStore.migrateLegacy()).toBe(true);
    expect(await storage.templatesStore.load()).toEqual(before);
    expect((await fakeBrowser.storage.local.get('templates')).templates).toMatchObject({ format: 'chunked', count: before.length });
    expect((await storage.playbooksStore.load()).length).toBe((stored.playbooks as unknown[]).length);
    expect(await storage.playbookConfigStore.load()).toEqual(stored.playbookConfig);
  });

  it('a site id no build knew yet does not invalidate per-site maps', async () => {
    const settings = shape('round-2', 'settings') as Record<string, unknown>;
    await seed({ settings: { ...settings, sites: { pinduoduo: true, douyin: false, 'new-market': false } } });
    const { settingsStore } = await freshStorage();
    const loaded = await settingsStore.load();
    expect(loaded.agent?.staffId).toBe('1024');
    expect(loaded.sites).toEqual({ pinduoduo: true, douyin: false, 'new-market': false });
  });
});

describe('a stored value that does not parse is kept and reported, never replaced by defaults', () => {
  it('reads what it can, reports the rest with the original, and keeps the original through a later save', async () => {
    const broken = { ...(shape('round-1', 'settings') as object), uiLanguage: 'fr', panel: 'nonsense' };
    await seed({ settings: broken }, 2);
    const storage = await freshStorage();
    const settings = await storage.settingsStore.load();
    expect(settings.agent?.staffId).toBe('1024');
    expect(settings.uiLanguage).toBe('zh-CN');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(broken);

    await vi.waitFor(async () => {
      const { storageProblems } = (await fakeBrowser.storage.local.get('storageProblems')) as { storageProblems: Record<string, { reset: string[] }> };
      expect(storageProblems?.['local:settings']).toMatchObject({ current: true, raw: broken });
      expect(storageProblems['local:settings']!.reset.sort()).toEqual(['panel', 'uiLanguage']);
    });
    await storage.settingsStore.save({ ...settings, uiLanguage: 'en' });
    const { storageProblems } = (await fakeBrowser.storage.local.get('storageProblems')) as { storageProblems: Record<string, unknown> };
    expect(storageProblems['local:settings']).toMatchObject({ current: false, raw: broken });
  });

  it('a list keeps its readable items', async () => {
    const templates = shape('round-2', 'templates') as Record<string, unknown>[];
    await seed({ templates: [...templates, { id: 'Bad Id', title: '', body: '' }] });
    const storage = await freshStorage();
    expect(await storage.templatesStore.load()).toHaveLength(templates.length);
  });
});
