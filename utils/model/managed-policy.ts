import { z } from 'zod';
import { publicKeySchema, teamIdSchema } from './team-config';

/**
 * What an IT department sets for the extension through the browser's enterprise policy (Chrome/Edge:
 * `3rdparty.extensions.<id>`, Firefox: `3rdparty.Extensions.<id>` in policies.json), read from `storage.managed`.
 * Every part is optional; what is set wins over the local value and is shown locked. `public/managed_schema.json`
 * declares the same shape to the browser.
 */
export const managedPolicySchema = z.object({
  /** The team this browser belongs to and the lead's key it pins: it joins by itself and cannot leave. */
  team: z.object({ teamId: teamIdSchema, teamName: z.string().max(60).optional(), leadPublicKey: publicKeySchema }).optional(),
  /** The lead's signed team config (the library, rules and roster) as the file's text: applied as if imported. */
  signedConfig: z.string().max(20_000_000).optional(),
  /** Send-guard rules forced on/off and block/warn, by rule id (`diversion.wechat`). */
  guardRules: z.record(z.string().max(40), z.object({ enabled: z.boolean().optional(), severity: z.enum(['block', 'warn']).optional() })).optional(),
  /** The remark (order note) format's enforcement: block an invalid remark or warn. */
  remarkEnforcement: z.enum(['block', 'warn']).optional(),
  /** The lead's switches: keeping sent text, service hours. */
  teamRules: z.object({ logMessageText: z.boolean().optional(), workingHours: z.object({ from: z.number().int().min(0).max(23), to: z.number().int().min(1).max(24) }).optional() }).optional(),
  /** The team log's server: the connection code a lead would hand out (ClickHouse endpoint and push account). */
  teamLogCode: z.string().max(2000).optional(),
});
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;
