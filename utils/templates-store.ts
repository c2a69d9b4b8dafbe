import { storage } from '#imports';
import { z } from 'zod';
import { templateSchema, type Template } from './model';
import { DEFAULT_TEMPLATES } from './templates/default-pack';

/** The shop's template library in extension storage; the default pack until a lead imports one. */
export const templatesItem = storage.defineItem<Template[]>('local:templates', { fallback: DEFAULT_TEMPLATES, version: 1 });

export async function loadTemplates(): Promise<Template[]> {
  const parsed = z.array(templateSchema).safeParse(await templatesItem.getValue());
  if (parsed.success) return parsed.data;
  console.warn('[kefu] stored templates do not parse; using the default pack', parsed.error.issues[0]);
  return DEFAULT_TEMPLATES;
}

export async function countTemplateUse(id: string): Promise<void> {
  const templates = await loadTemplates();
  await templatesItem.setValue(templates.map((t) => (t.id === id ? { ...t, usageCount: t.usageCount + 1 } : t)));
}

export async function saveTemplates(templates: Template[]): Promise<void> {
  await templatesItem.setValue(z.array(templateSchema).parse(templates));
}

export function watchTemplates(onChange: (templates: Template[]) => void): () => void {
  return templatesItem.watch((raw) => {
    const parsed = z.array(templateSchema).safeParse(raw);
    onChange(parsed.success ? parsed.data : DEFAULT_TEMPLATES);
  });
}
