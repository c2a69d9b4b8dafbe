import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openSellerPage, readExtensionStorage, test, waitForActions, writeExtensionStorage } from './fixtures';

const shape = (round: string, key: string) => JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/storage', round, `${key}.json`), 'utf8'));

for (const round of ['round-1', 'round-2']) {
  test(`settings stored by the ${round} build still stamp the agent's 工号 on what this build logs`, async ({ context, page }) => {
    await writeExtensionStorage(context, { settings: shape(round, 'settings'), settings$: { v: 1 }, ...(round === 'round-2' ? { remarkFormat: shape(round, 'remarkFormat') } : {}) });
    // A new build starts: the worker restarts and every context reads (and migrates) what the old one left.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
    const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
    const opened = rows.find((a) => a.kind === 'panel.opened')!;
    expect(opened.agent?.staffId).toBe('1024');
    expect(opened.buyer?.shop).toBe('良品旗舰店');

    const stored = await readExtensionStorage(context, ['settings', 'settings$', 'teamRules', 'storageProblems', 'remarkFormat']);
    expect(stored['settings$']).toEqual({ v: 2 });
    expect(stored.settings.agent.staffId).toBe('1024');
    expect(stored.storageProblems ?? {}).toEqual({});
    if (round === 'round-2') {
      expect(stored.teamRules).toMatchObject({ logMessageText: true, waitThresholds: { douyin: { warnSec: 100, lateSec: 200 } } });
      expect(stored.remarkFormat.enforcement).toBe('warn');
    }
  });
}
