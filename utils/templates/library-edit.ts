import { MAX_TEMPLATES, templateSchema, type Template } from '../model';

/**
 * Edits of the template library as pure functions of the list (the dashboard's editor calls them and saves the result):
 * add, change, duplicate, delete, move within a group, and merge an imported file by id.
 */
export const templateGroups = (list: readonly Template[]) => [...new Set(list.map((t) => t.category))];

/** A fresh id from the title's letters (or `t`), unique in the list. */
export function newTemplateId(list: readonly Template[], base: string): string {
  const stem =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 't';
  const taken = new Set(list.map((t) => t.id));
  let id = `shop.${stem}`;
  for (let n = 2; taken.has(id); n++) id = `shop.${stem}-${n}`;
  return id;
}

/** The template replaced where it stands (same id), or appended; checked against the schema (throws on a bad one). */
export function upsertTemplate(list: readonly Template[], template: Template): Template[] {
  const checked = templateSchema.parse(template);
  const at = list.findIndex((t) => t.id === checked.id);
  if (at < 0 && list.length >= MAX_TEMPLATES) throw new Error(`at most ${MAX_TEMPLATES} templates`);
  return at < 0 ? [...list, checked] : list.map((t, i) => (i === at ? checked : t));
}

export function duplicateTemplate(list: readonly Template[], id: string, titleSuffix: string): Template[] {
  const at = list.findIndex((t) => t.id === id);
  if (at < 0) return [...list];
  const source = list[at]!;
  const { shortcut: _code, ...rest } = source;
  const copy = { ...rest, id: newTemplateId(list, `${source.id.replace(/^shop\./, '')}-copy`), title: `${source.title}${titleSuffix}`.slice(0, 40), usageCount: 0 };
  return [...list.slice(0, at + 1), copy, ...list.slice(at + 1)];
}

export const removeTemplate = (list: readonly Template[], id: string) => list.filter((t) => t.id !== id);

/** Moves a template up (-1) or down (+1) among those of its own group; the other groups keep their places. */
export function moveTemplate(list: readonly Template[], id: string, delta: -1 | 1): Template[] {
  const at = list.findIndex((t) => t.id === id);
  if (at < 0) return [...list];
  const group = list[at]!.category;
  let to = at + delta;
  while (to >= 0 && to < list.length && list[to]!.category !== group) to += delta;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[at], next[to]] = [next[to]!, next[at]!];
  return next;
}

export interface MergePreview {
  added: Template[];
  changed: { before: Template; after: Template }[];
  unchanged: number;
  /** Templates the file does not hold: kept (personal phrases always, team ones too — a merge never deletes). */
  kept: number;
  merged: Template[];
}

const same = (a: Template, b: Template) => JSON.stringify({ ...a, usageCount: 0 }) === JSON.stringify({ ...b, usageCount: 0 });

/** What importing a file would do, merged by id: new ones added, same ids replaced (usage kept), nothing removed. */
export function mergeLibrary(current: readonly Template[], incoming: readonly Template[]): MergePreview {
  const byId = new Map(incoming.map((t) => [t.id, t]));
  const changed: MergePreview['changed'] = [];
  let unchanged = 0;
  const merged = current.map((t) => {
    const next = byId.get(t.id);
    if (!next) return t;
    byId.delete(t.id);
    if (same(t, next)) {
      unchanged++;
      return t;
    }
    const after = { ...next, usageCount: t.usageCount };
    changed.push({ before: t, after });
    return after;
  });
  const added = [...byId.values()];
  return { added, changed, unchanged, kept: current.length - changed.length - unchanged, merged: [...merged, ...added].slice(0, MAX_TEMPLATES) };
}
