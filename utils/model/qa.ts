import { z } from 'zod';

/**
 * The QA scorecard: what a lead checks in every conversation, each a rule the product can judge itself at send time
 * or from the log (seeds 001, 002, 003: greet and close every chat, answer at once, apologise on a complaint, never
 * leave a buyer waiting, follow a promise up, report a complaint). Weights are the lead's; the cue lists are data.
 */
export const QA_CATEGORY_IDS = ['greeting', 'onTime', 'apology', 'personal', 'guardClean', 'promiseKept', 'closing', 'noUnanswered', 'caseOpened'] as const;
export const qaCategoryIdSchema = z.enum(QA_CATEGORY_IDS);
export type QaCategoryId = z.infer<typeof qaCategoryIdSchema>;

/** How one category came out: met, missed, or not applicable to this reply or conversation. */
export const qaResultSchema = z.enum(['pass', 'fail', 'na']);
export type QaResult = z.infer<typeof qaResultSchema>;

const cueListSchema = z.array(z.string().trim().min(1).max(40)).max(80);

export const qaCategorySchema = z.object({
  id: qaCategoryIdSchema,
  weight: z.number().int().min(0).max(100),
  enabled: z.boolean().default(true),
});
export type QaCategory = z.infer<typeof qaCategorySchema>;

export const qaScorecardSchema = z.object({
  version: z.literal(1),
  categories: z
    .array(qaCategorySchema)
    .min(1)
    .max(QA_CATEGORY_IDS.length)
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { message: 'each category once' }),
  /** Whether the shop asks for a review at the close (the closing category then wants the invitation too). */
  reviewInvitation: z.boolean().default(false),
  /** Words that open a chat politely (any one is enough). */
  greetingCues: cueListSchema,
  /** Words that say sorry (asked for when the buyer complains). */
  apologyCues: cueListSchema,
  /** Words that ask whether anything else is needed, or take leave. */
  closingCues: cueListSchema,
  /** Words that invite a review. */
  reviewCues: cueListSchema,
  /** A buyer message after this long a quiet spell opens a new round (its first reply greets again). */
  roundGapMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** The conversation score under which the board marks it for a look (0–100). */
  passMark: z.number().int().min(0).max(100).default(80),
});
export type QaScorecard = z.infer<typeof qaScorecardSchema>;

/** Category results as a row carries them: only the categories this reply or round judged. */
export const qaResultsSchema = z.partialRecord(qaCategoryIdSchema, qaResultSchema);
export type QaResults = z.infer<typeof qaResultsSchema>;

/** The risks a buyer message can carry (triage on the device, the matched cue kept, never the text). */
export const RISK_KINDS = ['regulator', 'review', 'complaint', 'refund', 'abuse'] as const;
export const riskKindSchema = z.enum(RISK_KINDS);
export type RiskKind = z.infer<typeof riskKindSchema>;

/** A conversation: the site, the buyer and the China-time day (the buyer's id, never a message). */
export const conversationKeySchema = z.string().min(3).max(120);

/** What a conversation's QA is folded from: the scores and overrides, and the promise, case and message rows beside them. */
export const QA_KINDS = ['qa.scored', 'qa.overridden', 'promise.created', 'promise.done', 'promise.overdue', 'case.opened', 'message.received', 'message.sent', 'message.sent_unguarded'] as const;
