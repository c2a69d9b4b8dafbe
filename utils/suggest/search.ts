import type { Template } from '../model';

/** Quick search (`/` + words in the chat box): every word must appear in the title, keywords, shortcut or body. */
export function searchTemplates(query: string, templates: readonly Template[], limit = 5): Template[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return templates.slice(0, limit);
  return templates
    .filter((t) => {
      const hay = `${t.title} ${t.keywords.join(' ')} ${t.shortcut ?? ''} ${t.body}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => b.usageCount - a.usageCount)
    .slice(0, limit);
}
