import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { MAX_TEMPLATES, TEMPLATE_CATEGORIES, templateSchema, type Template } from '../model';
import { newTemplateId } from './library-edit';
import type { ImportResult } from './template-file';

/**
 * A phrase sheet as 飞鸽's Excel import takes it: one template a row, a header row naming the columns (Chinese or
 * English), the buyer questions in one cell, one a line (or split by | ；). Only 内容/body is required; a row with no
 * id gets one from its title. Any bad row rejects the file whole, naming the row (as the sheet numbers it) and column.
 */
const COLUMNS: Record<string, keyof Template> = {
  id: 'id',
  编号: 'id',
  title: 'title',
  标题: 'title',
  名称: 'title',
  body: 'body',
  内容: 'body',
  回复内容: 'body',
  话术: 'body',
  reply: 'body',
  category: 'category',
  分组: 'category',
  分类: 'category',
  group: 'category',
  language: 'language',
  语言: 'language',
  keywords: 'keywords',
  关键词: 'keywords',
  触发词: 'keywords',
  questions: 'questions',
  问法: 'questions',
  相似问法: 'questions',
  买家问题: 'questions',
  'buyer questions': 'questions',
  shortcut: 'shortcut',
  短码: 'shortcut',
  快捷码: 'shortcut',
};

export const splitCell = (cell: string, by: RegExp) =>
  cell
    .split(by)
    .map((s) => s.trim())
    .filter(Boolean);

export function templatesFromRows(rows: string[][]): ImportResult {
  const [header, ...body] = rows;
  const fields = (header ?? []).map((h) => COLUMNS[h.trim().toLowerCase()]);
  if (!fields.includes('body')) return { ok: false, error: { line: 1, message: '表头缺少「内容」列 / the header has no body (内容) column' } };
  const out: Template[] = [];
  for (const [r, row] of body.entries()) {
    if (row.every((c) => !c.trim())) continue;
    const raw: Record<string, unknown> = { category: '其他', language: 'zh-CN', owner: 'team' };
    for (const [c, field] of fields.entries()) {
      const cell = (row[c] ?? '').trim();
      if (!field || !cell) continue;
      raw[field] = field === 'questions' ? splitCell(cell, /\r?\n|[|｜；;]/) : field === 'keywords' ? splitCell(cell, /[,，、\s]+/) : cell;
    }
    raw.title ??= String(raw.body ?? '').slice(0, 20);
    if (typeof raw.category === 'string' && !(TEMPLATE_CATEGORIES as readonly string[]).includes(raw.category)) raw.category = '其他';
    raw.id ??= newTemplateId(out, String(raw.title));
    const parsed = templateSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { ok: false, error: { line: r + 2, field: String(issue.path[0] ?? ''), message: issue.message } };
    }
    if (out.some((t) => t.id === parsed.data.id)) return { ok: false, error: { line: r + 2, field: 'id', message: `重复的模板 id / duplicate id: ${parsed.data.id}` } };
    out.push(parsed.data);
    if (out.length > MAX_TEMPLATES) return { ok: false, error: { line: r + 2, message: `at most ${MAX_TEMPLATES} templates` } };
  }
  if (out.length === 0) return { ok: false, error: { message: '表格里没有模板 / the sheet holds no templates' } };
  return { ok: true, templates: out, learned: [] };
}

export function parseCsvTemplates(text: string): ImportResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) return { ok: false, error: { line: (fatal.row ?? 0) + 1, message: fatal.message } };
  return templatesFromRows(parsed.data);
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()]!,
  );
/** The text of every <t> in an element (rich-text runs are several). */
const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join('');
const columnIndex = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The first worksheet of an .xlsx as rows of text (shared strings, inline strings and numbers). */
export function xlsxRows(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes, {
    filter: (f) => f.name === 'xl/sharedStrings.xml' || f.name === 'xl/workbook.xml' || f.name.startsWith('xl/worksheets/') || f.name === 'xl/_rels/workbook.xml.rels',
  });
  const shared = files['xl/sharedStrings.xml'] ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]!)) : [];
  const sheetName = Object.keys(files)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))[0];
  if (!sheetName) throw new Error('no worksheet in the file');
  const rows: string[][] = [];
  for (const row of strFromU8(files[sheetName]!).matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const at = Number(row[1]!.match(/\br="(\d+)"/)?.[1] ?? rows.length + 1) - 1;
    const cells: string[] = [];
    for (const cell of row[2]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cell[1]!;
      const inner = cell[2] ?? '';
      const ref = attrs.match(/\br="([A-Z]+\d+)"/)?.[1];
      const type = attrs.match(/\bt="(\w+)"/)?.[1];
      const value = inner.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      const text = type === 's' ? (shared[Number(value)] ?? '') : type === 'inlineStr' ? textOf(inner) : value !== undefined ? unescapeXml(value) : '';
      cells[ref ? columnIndex(ref) : cells.length] = text;
    }
    rows[at] = Array.from(cells, (c) => c ?? '');
  }
  return Array.from(rows, (r) => r ?? []);
}

export function parseXlsxTemplates(bytes: Uint8Array): ImportResult {
  let rows: string[][];
  try {
    rows = xlsxRows(bytes);
  } catch (error) {
    return { ok: false, error: { message: `不是有效的 .xlsx 文件 / not a valid .xlsx file: ${(error as Error).message}` } };
  }
  return templatesFromRows(rows);
}
