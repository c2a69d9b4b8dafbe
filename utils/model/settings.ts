import { z } from 'zod';
import { agentSchema } from './agent';
import { siteIdSchema } from './site';

export const uiLanguageSchema = z.enum(['zh-CN', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const panelDockSchema = z.enum(['right', 'left']);

export const settingsSchema = z.object({
  /** Unset until the agent fills in the popup; actions are then logged without an agent. */
  agent: agentSchema.optional(),
  uiLanguage: uiLanguageSchema,
  sites: z.record(siteIdSchema, z.boolean()),
  panel: z.object({ dock: panelDockSchema, collapsed: z.boolean() }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'zh-CN',
  sites: { pinduoduo: true, douyin: true },
  panel: { dock: 'right', collapsed: false },
};
