import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { actionCells } from '@/utils/export/columns';
import { csvHeader, excelCsvCell, toCsvRows } from '@/utils/export/csv';
import { payloadText } from '@/utils/export/labels';
import { createXlsxWriter } from '@/utils/export/xlsx';
import type { Action } from '@/utils/model';

const ORDER = '6925095897028853458';
const row = {
  id: 'r1',
  deviceId: 'device-aaaa',
  seq: 3,
  at: Date.UTC(2026, 10, 30, 2),
  kind: 'order.seen',
  hash: 'h',
  prevHash: 'p',
  site: 'douyin',
  orderNo: ORDER,
  buyer: { site: 'douyin', shop: '鲜果小铺', buyerId: '0123456', nick: 'momo' },
  agent: { staffId: '1024', name: '小王', shop: '鲜果小铺', role: 'agent' },
  payload: { orderNo: ORDER, status: '已发货', amount: 59, placedAt: Date.UTC(2026, 10, 21, 3, 20) },
} as unknown as Action;

/** What Excel shows for a CSV cell: `="…"` is that text; anything else that looks like a number becomes one. */
function excelReads(cell: string): string | number {
  const text = cell.match(/^="(.*)"$/);
  if (text) return text[1]!;
  return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
}

describe('exports a lead can hand to Excel', () => {
  it('keeps a 19-digit order number and a leading-zero id as text in CSV', () => {
    const parsed = Papa.parse<string[]>(toCsvRows([row]), { skipEmptyLines: true }).data[0]!;
    const cells = parsed.map(excelReads);
    expect(cells).toContain(ORDER);
    expect(cells).toContain('0123456');
    expect(String(Number(ORDER))).not.toBe(ORDER); // what Excel would have done without the rule
    expect(excelCsvCell('1024')).toBe('1024');
    expect(excelCsvCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
  });

  it('writes the XLSX cells as text that ExcelJS reads back digit for digit', async () => {
    const chunks: Uint8Array[] = [];
    const writer = createXlsxWriter(['orderNo'], (chunk) => chunks.push(chunk));
    writer.addRows([[ORDER]]);
    writer.finish();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const cell = book.worksheets[0]!.getRow(2).getCell(1);
    expect(cell.value).toBe(ORDER);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe('@');
  });

  it('writes headers, site, action and payload fields in the lead’s language', () => {
    expect(csvHeader('zh-CN')).toContain('时间,客服,工号,平台');
    expect(csvHeader('en')).toContain('Time,Agent,Staff id,Site');
    const zh = actionCells(row, { lang: 'zh-CN' });
    expect(zh).toContain('看到订单');
    expect(zh).toContain('抖音（飞鸽/抖店）');
    expect(payloadText(row.payload, 'zh-CN')).toBe(`订单号: ${ORDER}；状态: 已发货；金额: 59；下单时间: 2026-11-21 11:20`);
    expect(payloadText({ valid: true, ruleIds: ['ad.absolute', 'tone.ni'] }, 'en')).toBe('valid: yes; rules: Advertising-law absolutes, Polite “您”');
    // Codes in words: a template's title, a site-health row, a page kind; a shop's own template id stays as it is.
    expect(payloadText({ templateId: 'zh.logistics.where', rank: 0 }, 'zh-CN')).toMatch(/^[^:]+: 查询物流；/);
    expect(payloadText({ templateId: 'shop.t1' }, 'zh-CN')).toContain('shop.t1');
    const health = payloadText({ adapterId: 'douyin.chat', level: 'amber', fields: { buyerName: 'default', messages: 'fallback' } }, 'zh-CN');
    expect(health).not.toMatch(/douyin\.chat|amber|\{|buyerName|fallback/);
    expect(health).toContain('聊天');
    // Without a language the cells stay raw, for tools.
    expect(actionCells(row)).toContain('order.seen');
  });
});
