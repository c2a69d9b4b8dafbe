import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { actionCells, CUT_MARKER, EXCEL_CELL_LIMIT, EXPORT_COLUMNS } from '@/utils/export/columns';
import { csvHeader, toCsvRows, UTF8_BOM } from '@/utils/export/csv';
import { maskPersonalData } from '@/utils/export/mask';
import { mergeRows } from '@/utils/export/merge';
import { parseNdjsonExport, toNdjson } from '@/utils/export/ndjson';
import { createXlsxWriter } from '@/utils/export/xlsx';
import { hashAction } from '@/utils/log/hash-chain';
import type { Action } from '@/utils/model';
import { chainRows } from './chain-rows';

const hostile = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1', '=a\nb', '逗号,引号"和\n换行', '普通文字', '-'];
const rowsWith = (texts: string[]) => chainRows('device-aaaa', texts.length).map((row, i) => ({ ...row, agent: { ...row.agent!, name: texts[i]! } }));

describe('CSV export', () => {
  it('starts with a BOM and the header', () => {
    expect(csvHeader().startsWith(UTF8_BOM)).toBe(true);
    expect(csvHeader().slice(1)).toBe(`${EXPORT_COLUMNS.join(',')}\r\n`);
  });

  it('quotes commas, quotes and newlines so the text reads back exactly, and makes formulas inert', () => {
    const csv = csvHeader() + toCsvRows(rowsWith(hostile));
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(hostile.length + 1);
    const names = parsed.slice(1).map((r) => r[1]);
    expect(names.filter((n, i) => n !== hostile[i])).toEqual(
      hostile
        .slice(0, 7)
        .map((h) => `'${h}`)
        .concat(["'-"]),
    );
    expect(names[7]).toBe('逗号,引号"和\n换行');
    expect(names[8]).toBe('普通文字');
    for (const name of names) expect(name).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes Chinese payloads as UTF-8 JSON and masks personal data when asked', () => {
    const [row] = chainRows('device-aaaa', 1, () => ({ note: '收货地址：浙江省杭州市西湖区文三路 手机 13812345678' }));
    const plain = toCsvRows([row!]);
    expect(plain).toContain('13812345678');
    const masked = toCsvRows([row!], { mask: true });
    expect(masked).toContain('浙江省****');
    expect(masked).not.toContain('13812345678');
    expect(masked).not.toContain('文三路');
  });
});

describe('masking', () => {
  it('masks mobile, ID numbers and addresses but not order numbers', () => {
    expect(maskPersonalData('电话13812345678，身份证110101199003071234')).toBe('电话138****5678，身份证110101********1234');
    expect(maskPersonalData('地址：北京市朝阳区某路1号，谢谢')).toBe('地址：北京市****，谢谢');
    expect(maskPersonalData('订单 6925095897028853458')).toBe('订单 6925095897028853458');
  });
});

describe('XLSX export', () => {
  it('is a workbook ExcelJS reads back, with the header and every cell as written', async () => {
    const chunks: Uint8Array[] = [];
    const writer = createXlsxWriter(EXPORT_COLUMNS, (chunk) => chunks.push(chunk));
    const rows = rowsWith(hostile.concat(['<b>&"标签"</b>']));
    writer.addRows(rows.slice(0, 5).map((r) => [r.agent!.name, r.kind, String(r.seq)]));
    writer.addRows(rows.slice(5).map((r) => [r.agent!.name, r.kind, String(r.seq)]));
    writer.finish();
    const file = Buffer.concat(chunks);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('time');
    expect(sheet.getRow(2).getCell(1).value).toBe('=HYPERLINK("http://x")'); // a string cell, not a formula
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(rows.length + 1).getCell(1).value).toBe('<b>&"标签"</b>');
  });
});

describe('NDJSON export and import', () => {
  it('round-trips every field, hash chain included', () => {
    const rows = chainRows('device-aaaa', 5);
    const parsed = parseNdjsonExport(toNdjson(rows));
    expect(parsed).toEqual({ ok: true, rows, checkpoints: [] });
  });

  it('rejects a whole file with a bad line, naming the line and field', () => {
    const lines = toNdjson(chainRows('device-aaaa', 3)).split('\n');
    lines[1] = lines[1]!.replace('"seq":1', '"seq":"one"');
    lines.splice(2, 0, '{not json');
    const parsed = parseNdjsonExport(lines.join('\n'));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { line: 2, message: expect.stringContaining('seq') },
      { line: 3, message: 'not JSON' },
    ]);
    expect(parseNdjsonExport('\n\n')).toMatchObject({ ok: false, errors: [{ message: 'the file holds no rows' }] });
  });
});

describe('merging agents’ logs', () => {
  const a = chainRows('device-aaaa', 6);
  const b = chainRows('device-bbbbbb', 4);

  it('dedupes by device and sequence and verifies partial exports together', () => {
    const first = mergeRows([], [...a.slice(0, 4), ...b]);
    expect(first).toMatchObject({ duplicates: 0, conflicts: [], issues: [] });
    const second = mergeRows(first.added, a.slice(2));
    expect(second).toMatchObject({ duplicates: 2, conflicts: [], issues: [] });
    expect(second.added.map((r) => r.seq)).toEqual([4, 5]);
  });

  it('reports an edited row by device and sequence', () => {
    const edited = a.map((r) => (r.seq === 3 ? { ...r, payload: { length: 999, findings: 0, ruleIds: [], via: 'enter' } } : r));
    expect(mergeRows([], edited).issues).toEqual([{ deviceId: 'device-aaaa', seq: 3, problem: 'edited' }]);
  });

  it('reports a deleted row as a gap', () => {
    expect(
      mergeRows(
        [],
        a.filter((r) => r.seq !== 2),
      ).issues,
    ).toEqual([{ deviceId: 'device-aaaa', seq: 3, problem: 'gap', expectedSeq: 2 }]);
  });

  it('reports reordered rows (sequence numbers swapped, even with hashes recomputed)', () => {
    const swap = (r: Action): Action => (r.seq === 1 ? { ...r, seq: 2 } : r.seq === 2 ? { ...r, seq: 1 } : r);
    const naive = a.map(swap);
    expect(mergeRows([], naive).issues.map((i) => [i.seq, i.problem])).toEqual([
      [1, 'edited'],
      [1, 'broken-link'],
      [2, 'edited'],
      [2, 'broken-link'],
      [3, 'broken-link'],
    ]);
    const rehashed = naive.map((r) => (r.seq === 1 || r.seq === 2 ? { ...r, hash: hashAction(r) } : r));
    expect(mergeRows([], rehashed).issues.map((i) => [i.seq, i.problem])).toEqual([
      [1, 'broken-link'],
      [2, 'broken-link'],
      [3, 'broken-link'],
    ]);
  });

  it('keeps the first row when two different rows claim the same device and sequence', () => {
    const { hash: _hash, ...unhashed } = { ...a[1]!, payload: { length: 1, findings: 5, ruleIds: [], via: 'enter' } };
    const forged = { ...unhashed, hash: hashAction(unhashed) };
    const plan = mergeRows(a, [forged]);
    expect(plan).toMatchObject({ added: [], conflicts: [{ deviceId: 'device-aaaa', seq: 1 }], issues: [] });
  });
});

describe('cells longer than Excel allows', () => {
  const huge = chainRows('device-cut-0001', 2, (seq) => (seq === 0 ? { note: '备'.repeat(40_000) } : { note: 'short' })).map((r) => ({ ...r, kind: 'customer.noted' as const }));

  it('are cut to 32,767 characters with a marker, in CSV and XLSX, and counted', async () => {
    const stats = { cutCells: 0 };
    const csv = Papa.parse<string[]>(toCsvRows(huge, { stats }), { skipEmptyLines: true }).data;
    const payloadColumn = EXPORT_COLUMNS.indexOf('payload');
    expect(csv[0]![payloadColumn]).toHaveLength(EXCEL_CELL_LIMIT);
    expect(csv[0]![payloadColumn]!.endsWith(CUT_MARKER)).toBe(true);
    expect(csv[1]![payloadColumn]).toBe('{"note":"short"}');
    expect(stats.cutCells).toBe(1);

    const chunks: Uint8Array[] = [];
    const writer = createXlsxWriter(EXPORT_COLUMNS, (chunk) => chunks.push(chunk));
    writer.addRows(huge.map((row) => actionCells(row, {})));
    writer.finish();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const cell = String(book.worksheets[0]!.getRow(2).getCell(payloadColumn + 1).value);
    expect(cell).toHaveLength(EXCEL_CELL_LIMIT);
    expect(cell.endsWith(CUT_MARKER)).toBe(true);
  });
});
