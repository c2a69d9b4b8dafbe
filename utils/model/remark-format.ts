import { z } from 'zod';
import { siteIdSchema } from './site';

/** The closed set of things a remark entry can say; the format decides their order, labels and which are required. */
export const remarkFieldKeySchema = z.enum(['flag', 'changeType', 'reason', 'staffId', 'time', 'note']);
export type RemarkFieldKey = z.infer<typeof remarkFieldKeySchema>;

/** One entry's values, all as they appear in the text (time in the format's pattern). */
export type RemarkFields = Partial<Record<RemarkFieldKey, string>>;

export const remarkFieldSpecSchema = z.object({
  key: remarkFieldKeySchema,
  /** Text before the value: `原因：`. Empty for fields recognised by their value (change type, time). */
  prefix: z.string().max(10),
  /** Text closing the value, e.g. `旗】`. A field with a suffix needs no separator after it. */
  suffix: z.string().max(10),
  required: z.boolean(),
});
export type RemarkFieldSpec = z.infer<typeof remarkFieldSpecSchema>;

/**
 * The shop's remark convention (seed 001 L199: red flag, reason, 工号, time), as data a lead edits.
 * Limits and flag names are per site because each platform's remark API differs (site-evidence.md, remark facts).
 */
export const remarkFormatSchema = z
  .object({
    version: z.literal(1),
    fields: z.array(remarkFieldSpecSchema).min(1).max(6),
    separator: z.string().min(1).max(3),
    changeTypes: z.array(z.string().trim().min(1).max(12)).min(1).max(40),
    /** Tokens YYYY MM DD HH mm ss; everything else is literal. */
    timePattern: z.string().min(4).max(30),
    timeZone: z.string().min(1).max(40),
    defaultFlag: z.string().min(1).max(3),
    /** Per site, the flag names this shop uses; a site not named offers its profile's flags. */
    flags: z.record(siteIdSchema, z.array(z.string().min(1).max(3)).min(1)),
    /** Per site, a stricter length than the platform's; a site not named uses its profile's limit. */
    maxLength: z.record(siteIdSchema, z.number().int().min(20).max(10_000)),
    maxReasonLength: z.number().int().min(5).max(500),
    /** `block` stops a save with an invalid remark; `warn` lets the agent confirm it. */
    enforcement: z.enum(['block', 'warn']),
  })
  .superRefine((format, ctx) => {
    const keys = format.fields.map((f) => f.key);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) ctx.addIssue({ code: 'custom', path: ['fields', i, 'key'], message: `field "${key}" appears twice` });
    });
    const bare = format.fields.filter((f) => !f.prefix && !['changeType', 'time'].includes(f.key));
    for (const f of bare) ctx.addIssue({ code: 'custom', path: ['fields', keys.indexOf(f.key), 'prefix'], message: `field "${f.key}" needs a prefix to be recognised` });
  });
export type RemarkFormat = z.infer<typeof remarkFormatSchema>;
