import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conceptOnnxModel, TEST_CONCEPTS } from '../unit/suggest/tiny-onnx';
import { becomeLead, expect, openSellerPage, panel, test, unlockDashboard } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
type Host = { receive: (text: string) => void };
const receive = (page: Page, text: string) => page.evaluate((t) => (window as unknown as { __host: Host }).__host.receive(t), text);

test('the lead imports a model file the test wrote, turns the re-ranker on, and a buyer message gets its suggestions re-ranked by it, with no request leaving the extension or the fixture pages', async ({
  context,
  page,
  extensionId,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const modelPath = join(tmpdir(), `kefu-concepts-${process.pid}.onnx`);
  await writeFile(modelPath, conceptOnnxModel(TEST_CONCEPTS));
  await becomeLead(context);

  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(dashboard);
  await dashboard.getByRole('tab', { name: '规则设置' }).click();
  const reranker = dashboard.getByTestId('reranker');
  await reranker.locator('summary').click();
  // Not a model: refused with a reason, and nothing is stored.
  const junk = join(tmpdir(), `kefu-junk-${process.pid}.onnx`);
  await writeFile(junk, 'not a model at all');
  await reranker.getByTestId('reranker-file').setInputFiles(junk);
  await expect(reranker.getByTestId('reranker-status')).toContainText('没有导入', { timeout: 30_000 });
  await expect(reranker.getByTestId('reranker-enabled')).toBeDisabled();
  await reranker.getByTestId('reranker-file').setInputFiles(modelPath);
  await expect(reranker.getByTestId('reranker-status')).toHaveText('模型已导入。', { timeout: 30_000 });
  await expect(reranker.getByTestId('reranker-model')).toContainText('输入 8192 维，输出 4 维');
  await expect(reranker.getByTestId('reranker-enabled')).not.toBeChecked();

  // Off (the default): the lexical order — the greeting's questions match 你好, nothing lexical says "in stock".
  await openSellerPage(page, PDD_CHAT);
  await receive(page, '你好 还能买到不');
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', 'zh.presale.greet');

  // On: the model (stock is what 买到 means to it; a greeting weighs 0.3) puts the stock template first.
  // The toggle is saved, then shown: click it and wait for the stored state (a tab behind the seller page renders late).
  await dashboard.bringToFront();
  await reranker.getByTestId('reranker-enabled').click();
  await expect(reranker.getByTestId('reranker-enabled')).toBeChecked();
  await expect(first).toHaveAttribute('data-template-id', 'zh.presale.stock', { timeout: 30_000 });

  // Off again: back to the lexical order.
  await reranker.getByTestId('reranker-enabled').click();
  await expect(reranker.getByTestId('reranker-enabled')).not.toBeChecked();
  await expect(first).toHaveAttribute('data-template-id', 'zh.presale.greet');

  const outside = requests.filter((url) => !/^(chrome-extension|data|blob):/.test(url) && new URL(url).hostname !== 'mms.pinduoduo.com');
  expect(outside).toEqual([]);
});
