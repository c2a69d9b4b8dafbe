import { z } from 'zod';
import { agentSchema } from './agent';
import { siteIdSchema } from './site';

export const uiLanguageSchema = z.enum(['zh-CN', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const panelDockSchema = z.enum(['right', 'left']);

/** Modifiers that with a digit insert suggestion N. Plain Alt/Ctrl+digit switch tabs in browsers, so they are not offered. */
export const hotkeySchema = z.enum(['alt+shift', 'ctrl+shift', 'ctrl+alt']);
export type Hotkey = z.infer<typeof hotkeySchema>;
export const HOTKEYS = hotkeySchema.options;

export const settingsSchema = z.object({
  /** Unset until the agent fills in the popup; actions are then logged without an agent. */
  agent: agentSchema.optional(),
  uiLanguage: uiLanguageSchema,
  sites: z.record(siteIdSchema, z.boolean()),
  panel: z.object({ dock: panelDockSchema, collapsed: z.boolean() }),
  hotkey: hotkeySchema.default('alt+shift'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'zh-CN',
  sites: { pinduoduo: true, douyin: true },
  panel: { dock: 'right', collapsed: false },
  hotkey: 'alt+shift',
};
