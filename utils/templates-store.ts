import { z } from 'zod';
import { templateSchema, type Template } from './model';
import { DEFAULT_TEMPLATES } from './templates/default-pack';
import { validatedItem } from './validated-item';

/** The shop's template library in extension storage; the default pack until a lead imports one. */
const templates = validatedItem('local:templates', z.array(templateSchema), DEFAULT_TEMPLATES);

export const { load: loadTemplates, save: saveTemplates, follow: followTemplates } = templates;

export async function countTemplateUse(id: string): Promise<void> {
  const current = await loadTemplates();
  await saveTemplates(current.map((t) => (t.id === id ? { ...t, usageCount: t.usageCount + 1 } : t)));
}
