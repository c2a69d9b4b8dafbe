import { storage } from '#imports';
import { z } from 'zod';
import { DEFAULT_SETTINGS, DEFAULT_TEAM_RULES, settingsSchema, teamRulesSchema } from '../model';
import { overlayTeamRules } from '../policy/managed-overlay';
import { storedItem } from './stored-item';

const TEAM_RULES_KEY = 'local:teamRules';

/** The agent's own settings. v2 moved the lead's thresholds and text switch out into the team rules. */
export const settingsStore = storedItem({
  key: 'local:settings',
  schema: settingsSchema,
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: async (old) => {
      if (!old || typeof old !== 'object') return old;
      const { waitThresholds, logMessageText, ...rest } = old as Record<string, unknown>;
      if (waitThresholds !== undefined || logMessageText !== undefined) {
        const existing = await storage.getItem(TEAM_RULES_KEY);
        if (existing == null)
          await storage.setItem(TEAM_RULES_KEY, { ...DEFAULT_TEAM_RULES, ...(waitThresholds ? { waitThresholds } : {}), ...(logMessageText !== undefined ? { logMessageText } : {}) });
      }
      return rest;
    },
  },
});

/** Where the agent dragged the panel, per site and page kind (`pinduoduo.chat`): the agent's own, kept across reloads. */
export const panelPositionsStore = storedItem({
  key: 'local:panelPositions',
  schema: z.record(z.string().max(80), z.object({ left: z.number(), top: z.number() })),
  fallback: {},
  version: 1,
});

/** What a lead sets beside the policy documents: wait thresholds per site, keeping sent text. */
export const teamRulesStore = storedItem({
  key: TEAM_RULES_KEY,
  schema: teamRulesSchema,
  fallback: DEFAULT_TEAM_RULES,
  version: 1,
  after: [settingsStore],
  managed: overlayTeamRules,
});
