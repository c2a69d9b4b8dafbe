import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { becomeLead, expect, openSellerPage, panel, readExtensionStorage, test, openRules } from './fixtures';

test('a lead hands the whole policy over as one file: a broken file changes nothing, a good one reaches open pages', async ({ context, page }) => {
  await becomeLead(context);
  await openRules(page);
  const block = page.getByTestId('rules-policy');
  const download = page.waitForEvent('download');
  await block.getByTestId('rules-policy-export').click();
  const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(exported).toMatchObject({ format: 'kefu-assist/policy', version: 1, teamRules: { logMessageText: false } });
  expect(exported.templates.length).toBeGreaterThan(10);

  const broken = { ...exported, playbookConfig: { ...exported.playbookConfig, numbers: { ...exported.playbookConfig.numbers, unpaidRemindHours: -3 } } };
  const brokenPath = join(tmpdir(), `policy-bad-${Date.now()}.json`);
  await writeFile(brokenPath, JSON.stringify(broken));
  await block.getByTestId('rules-policy-file').setInputFiles(brokenPath);
  await expect(block.getByTestId('rules-policy-status')).toContainText('playbookConfig.numbers.unpaidRemindHours');
  expect((await readExtensionStorage(context, ['teamRules'])).teamRules).toBeUndefined();

  const chat = await context.newPage();
  await openSellerPage(chat, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
  const mine = {
    ...exported,
    templates: [
      { id: 'team.delivery', title: '统一物流说明', body: '您好，{买家}，我们统一发顺丰，今天下单明天发出。', language: 'zh-CN', category: '物流查询/催发货', keywords: ['快递', '物流', '到'] },
    ],
    teamRules: { waitThresholds: { pinduoduo: { warnSec: 30, lateSec: 60 } }, logMessageText: true },
  };
  const goodPath = join(tmpdir(), `policy-good-${Date.now()}.json`);
  await writeFile(goodPath, JSON.stringify(mine));
  await block.getByTestId('rules-policy-file').setInputFiles(goodPath);
  await expect(block.getByTestId('rules-policy-status')).toContainText('已导入：1 条短语');
  await expect(panel(chat).getByTestId('kefu-suggestion').first()).toHaveAttribute('data-template-id', 'team.delivery');
  expect((await readExtensionStorage(context, ['teamRules'])).teamRules).toEqual({ workingHours: { from: 0, to: 24 }, ...mine.teamRules });
});
