import { z } from 'zod';
import { agentSchema } from './agent';
import { siteIdSchema, type SiteId } from './site';

export const uiLanguageSchema = z.enum(['zh-CN', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const panelDockSchema = z.enum(['right', 'left']);

/** Modifiers that with a digit insert suggestion N. Plain Alt/Ctrl+digit switch tabs in browsers, so they are not offered. */
export const hotkeySchema = z.enum(['alt+shift', 'ctrl+shift', 'ctrl+alt']);
export type Hotkey = z.infer<typeof hotkeySchema>;
export const HOTKEYS = hotkeySchema.options;

/** Seconds a buyer may wait before the timer turns amber (`warn`) and red (`late`). */
export const waitThresholdSchema = z.object({ warnSec: z.number().int().min(10).max(86_400), lateSec: z.number().int().min(20).max(172_800) });
export type WaitThreshold = z.infer<typeof waitThresholdSchema>;

/**
 * Per platform, from each platform's own published rule (shared/domain/anchors.md, KPI table):
 * Douyin counts a round as answered within 3 minutes (08:00–23:00), so amber at 2 min, red at 3;
 * Pinduoduo's effective reply rate fails a buyer left over 1 hour, and the shop aims at 3 minutes.
 */
export const DEFAULT_WAIT_THRESHOLDS: Record<SiteId, WaitThreshold> = {
  douyin: { warnSec: 120, lateSec: 180 },
  pinduoduo: { warnSec: 180, lateSec: 3600 },
};

export const settingsSchema = z.object({
  /** Unset until the agent fills in the popup; actions are then logged without an agent. */
  agent: agentSchema.optional(),
  uiLanguage: uiLanguageSchema,
  sites: z.record(siteIdSchema, z.boolean()),
  panel: z.object({ dock: panelDockSchema, collapsed: z.boolean() }),
  hotkey: hotkeySchema.default('alt+shift'),
  waitThresholds: z.record(siteIdSchema, waitThresholdSchema).default(DEFAULT_WAIT_THRESHOLDS),
  /** Set by a lead: message.sent rows keep the reply's full text (otherwise only its length and findings). */
  logMessageText: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'zh-CN',
  sites: { pinduoduo: true, douyin: true },
  panel: { dock: 'right', collapsed: false },
  hotkey: 'alt+shift',
  waitThresholds: DEFAULT_WAIT_THRESHOLDS,
  logMessageText: false,
};
