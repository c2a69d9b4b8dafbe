import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsvTemplates, parseXlsxTemplates } from '@/utils/templates/sheet-import';

const header = ['标题', '分组', '关键词', '相似问法', '内容'];
const rows = [
  ['尺码推荐', '售前咨询', '尺码，身高', '我穿多大码\n身高170穿什么码\n偏大还是偏小', '您好，告诉我身高体重，我帮您推荐尺码。'],
  ['破损', '售后退换', '破损 坏了', '到货是碎的|包装压坏了', '非常抱歉，麻烦拍下外包装和商品，我们为您补发或退款。'],
];

describe('a phrase sheet (CSV or XLSX) with a questions column', () => {
  it('reads an .xlsx written by ExcelJS: questions one a line or split by |, keywords split, ids made from titles', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('话术');
    sheet.addRow(header);
    for (const r of rows) sheet.addRow(r);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const result = parseXlsxTemplates(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.templates.map((t) => [t.title, t.category, t.keywords, t.questions])).toEqual([
      ['尺码推荐', '售前咨询', ['尺码', '身高'], ['我穿多大码', '身高170穿什么码', '偏大还是偏小']],
      ['破损', '售后退换', ['破损', '坏了'], ['到货是碎的', '包装压坏了']],
    ]);
    expect(new Set(result.templates.map((t) => t.id)).size).toBe(2);
  });

  it("reads the same sheet as CSV (with Excel's BOM) in English headers too", () => {
    const csv = `\uFEFF${Papa.unparse([header, ...rows])}`;
    const result = parseCsvTemplates(csv);
    expect(result.ok && result.templates[0]!.questions).toEqual(['我穿多大码', '身高170穿什么码', '偏大还是偏小']);
    const english = parseCsvTemplates(
      Papa.unparse([
        ['title', 'buyer questions', 'body'],
        ['Stock', 'Is it in stock?|Do you have M?', 'Hello, sizes you can pick are in stock.'],
      ]),
    );
    expect(english.ok && english.templates[0]!.questions).toEqual(['Is it in stock?', 'Do you have M?']);
  });

  it('rejects the whole sheet for one bad row, naming the row as the sheet numbers it', () => {
    const result = parseCsvTemplates(Papa.unparse([header, rows[0]!, ['空的', '售前咨询', '', '问', '']]));
    expect(result).toMatchObject({ ok: false, error: { line: 3, field: 'body' } });
    expect(parseCsvTemplates('标题,关键词\nx,y')).toMatchObject({ ok: false, error: { line: 1 } });
    expect(parseXlsxTemplates(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false });
  });
});
