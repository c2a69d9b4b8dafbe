import { z } from 'zod';
import { agentSchema } from './agent';
import { siteIdSchema } from './site';
import { waitThresholdSchema } from './site-profile';

export const uiLanguageSchema = z.enum(['zh-CN', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const panelDockSchema = z.enum(['right', 'left']);

/** Modifiers that with a digit insert suggestion N. Plain Alt/Ctrl+digit switch tabs in browsers, so they are not offered. */
export const hotkeySchema = z.enum(['alt+shift', 'ctrl+shift', 'ctrl+alt']);
export type Hotkey = z.infer<typeof hotkeySchema>;
export const HOTKEYS = hotkeySchema.options;

/**
 * The agent's own settings (who they are, language, panel, hotkey). What a lead decides lives in the team policy
 * (`team-policy.ts`). `sites` lists only the marketplaces the agent switched; a site not named is on.
 */
export const settingsSchema = z.object({
  /** Unset until the agent fills in the popup; actions are then logged without an agent. */
  agent: agentSchema.optional(),
  uiLanguage: uiLanguageSchema,
  sites: z.record(siteIdSchema, z.boolean()).default({}),
  panel: z.object({ dock: panelDockSchema, collapsed: z.boolean() }),
  hotkey: hotkeySchema.default('alt+shift'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'zh-CN',
  sites: {},
  panel: { dock: 'right', collapsed: false },
  hotkey: 'alt+shift',
};

/** Whether the agent has this marketplace on (every site is on until switched off). */
export const siteEnabled = (settings: Settings, site: string): boolean => settings.sites[site] !== false;

/** The lead's own switches beside the templates, guard, remark and playbook documents. */
export const teamRulesSchema = z.object({
  /** Per site; a site not named uses its profile's threshold. */
  waitThresholds: z.record(siteIdSchema, waitThresholdSchema).default({}),
  /** message.sent rows keep the reply's full text (otherwise only its length and findings). */
  logMessageText: z.boolean().default(false),
  /** The shop's service hours (local clock of the agent's browser): outside them the waiting timer does not alarm. */
  workingHours: z
    .object({ from: z.number().int().min(0).max(23), to: z.number().int().min(1).max(24) })
    .refine((h) => h.to > h.from, { message: 'to must be after from' })
    .default({ from: 0, to: 24 }),
});
export type TeamRules = z.infer<typeof teamRulesSchema>;
export const DEFAULT_TEAM_RULES: TeamRules = { waitThresholds: {}, logMessageText: false, workingHours: { from: 0, to: 24 } };
