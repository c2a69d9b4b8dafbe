import { templateFileSchema, type LearnedPhrasing, type Template, type TemplateFile } from '../model';

export type ImportResult = { ok: true; templates: Template[]; learned: LearnedPhrasing[] } | { ok: false; error: { line?: number; field?: string; message: string } };

/**
 * Reads a template file. Any fault rejects the whole file, naming the line (bad JSON) or the
 * field (e.g. `templates[3].body`, with that template's id) — nothing is partly imported. A version-1 file (before
 * buyer questions) reads with no questions; learned phrasings of templates the file does not hold are left out.
 */
export function parseTemplateFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = Number(String(error).match(/position (\d+)/)?.[1]);
    const line = Number.isFinite(position) ? text.slice(0, position).split('\n').length : undefined;
    return { ok: false, error: { line, message: `不是有效的 JSON 文件 / not valid JSON: ${(error as Error).message}` } };
  }
  const parsed = templateFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    const index = issue.path[0] === 'templates' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    const id = index !== undefined ? (data as { templates?: { id?: unknown }[] }).templates?.[index]?.id : undefined;
    return { ok: false, error: { field, message: `${issue.message}${typeof id === 'string' ? ` (id: ${id})` : ''}` } };
  }
  const ids = new Set<string>();
  for (const [i, t] of parsed.data.templates.entries()) {
    if (ids.has(t.id)) return { ok: false, error: { field: `templates[${i}].id`, message: `重复的模板 id / duplicate id: ${t.id}` } };
    ids.add(t.id);
  }
  return { ok: true, templates: parsed.data.templates, learned: parsed.data.learned.filter((p) => ids.has(p.templateId)) };
}

/** The library as a file; the phrasings learned on this device go with it when given (the lead's export). */
export function serializeTemplateFile(templates: Template[], now = new Date(), learned: LearnedPhrasing[] = []): string {
  const file: TemplateFile = { format: 'kefu-assist/templates', version: 2, exportedAt: now.toISOString(), templates, learned };
  return JSON.stringify(file, null, 2);
}
