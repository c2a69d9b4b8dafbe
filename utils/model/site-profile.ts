import { z } from 'zod';
import { isTimeZone } from '../time/zoned-time';
import { pageKindSchema, siteIdSchema } from './site';

const textByLanguageSchema = z.object({ 'zh-CN': z.string().min(1).max(200), en: z.string().min(1).max(200) });
/** A sentence or two in both languages (a rule's definition, what a site lacks). */
const explanationSchema = z.object({ 'zh-CN': z.string().min(1).max(400), en: z.string().min(1).max(400) });

/** Seconds a buyer may wait before the timer turns amber (`warnSec`) and red (`lateSec`). */
export const waitThresholdSchema = z.object({ warnSec: z.number().int().min(10).max(86_400), lateSec: z.number().int().min(20).max(172_800) });
export type WaitThreshold = z.infer<typeof waitThresholdSchema>;

/**
 * A platform's own reply-time rule, as the platform computes it: answered within `withinMs`, for rounds starting
 * between the hours (in the shop's zone), counted per round, per buyer and day (the day passes only if every round did), or
 * only for the first round of a session (JD's 30-second answer rate).
 */
export const kpiRuleSchema = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]{1,39}$/),
  name: textByLanguageSchema,
  definition: explanationSchema,
  withinMs: z.number().int().positive(),
  fromHour: z.number().int().min(0).max(23),
  toHour: z.number().int().min(1).max(24),
  unit: z.enum(['round', 'buyer-day', 'session-first']),
  /** `session-first`: a buyer message after this long a quiet spell opens a new session (JD: 10 minutes). */
  sessionGapMs: z.number().int().positive().optional(),
  /** TikTok Shop US with the chatbot on: a weekend message is on time if answered by Monday 12:00 in the shop's zone. */
  weekendDueMondayNoon: z.boolean().optional(),
  /** A reply that is only a greeting ("Hi", "Hello") does not answer the round for this rule. */
  greetingsDoNotCount: z.boolean().optional(),
  /**
   * A deadline by the clock instead of a window (Lazada's same-day cycle): a round starting before `receivedBeforeHour`
   * (shop zone) is on time if answered by `answeredByHour` that day, one starting at or after it by `answeredByHour`
   * the next day. `withinMs` is then the longest a round can wait under the rule.
   */
  sameDayCutoff: z.object({ receivedBeforeHour: z.number().int().min(1).max(23), answeredByHour: z.number().int().min(1).max(23) }).optional(),
  /** Markets the rule applies to (the profile's region codes); all of the site's pages when absent. */
  regions: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
});
export type KpiRule = z.infer<typeof kpiRuleSchema>;

export const remarkFlagSchema = z.object({ name: z.string().min(1).max(3), colour: z.string().regex(/^#[0-9a-f]{6}$/i) });

/**
 * Everything the product knows about one marketplace, as data: read by the KPI view, the remark guard, the timer,
 * the popup, the fixture server and the structure test. The adapters beside it are the only code that reads its DOM.
 */
/** `https://host/path*`: an https match pattern with a literal host (the manifest and `MatchPattern` read it alike). */
const MATCH_PATTERN = /^https:\/\/[a-z0-9.-]+\/\S*$/;

export const siteProfileSchema = z.object({
  id: siteIdSchema,
  name: textByLanguageSchema,
  /** Origins the site's pages live on (the fixture server routes these). */
  origins: z.array(z.string().regex(/^https:\/\/[a-z0-9.-]+$/)).min(1),
  /** Where each page kind lives, with URLs agents really open (checked against the adapters' predicates in tests). */
  pages: z
    .array(
      z.object({
        kind: pageKindSchema,
        adapterId: z.string(),
        /**
         * The page kind's address as WebExtension match patterns (host and path; a query is not part of them): the
         * adapter's `isPage` is derived from these and `exclude`, and nothing else restates the host or the path.
         */
        match: z.array(z.string().regex(MATCH_PATTERN)).min(1),
        exclude: z.array(z.string().regex(MATCH_PATTERN)).default([]),
        /**
         * Where the site's content script is injected for this page kind when that is wider than `match`: an app that
         * changes its route to this page without a load (a single-page seller centre). Defaults to `match`.
         */
        inject: z.array(z.string().regex(MATCH_PATTERN)).default([]),
        examples: z.array(z.url()).min(1),
        enterSends: z.boolean().optional(),
        /**
         * The named fields the adapter reads (the names health, the picker and a lead's fixes use): each with its
         * default selector and, in words, its fallback that does not depend on class names.
         */
        fields: z.record(z.string().regex(/^[a-z][a-zA-Z]{1,39}$/), z.object({ selector: z.string().min(1).max(300), fallback: z.string().max(200).optional() })).default({}),
      }),
    )
    .min(1),
  /** The platform's remark: flag names in the platform's order, its length limit, and what a save does to earlier lines. */
  remark: z.object({
    flags: z.array(remarkFlagSchema),
    maxLength: z.number().int().min(20).max(10_000),
    save: z.enum(['overwrite', 'append']),
    /** Whether the platform records who wrote a remark itself (then 工号 in the text is for the shop's own ERP). */
    recordsOperator: z.boolean(),
  }),
  waitThreshold: waitThresholdSchema,
  /**
   * The zone the shop works in (IANA): page times without a zone are read in it, and KPI days and rule hours follow it.
   * Chinese marketplaces are China time; cross-border ones are the market's.
   */
  timeZone: z.string().refine(isTimeZone, 'not an IANA time zone').default('Asia/Shanghai'),
  /** The currency order amounts are in (ISO 4217). */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('CNY'),
  /** Markets on their own hosts (Shopee's seller.shopee.co.id …): the market is part of the shop, with its own zone and currency. */
  regions: z
    .array(
      z.object({
        code: z.string().regex(/^[A-Z]{2}$/),
        host: z.string().regex(/^[a-z0-9.-]+$/),
        timeZone: z.string().refine(isTimeZone, 'not an IANA time zone'),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .optional(),
      }),
    )
    .default([]),
  kpiRules: z.array(kpiRuleSchema),
  /** What the platform is called in replies (the send guard lets a reply name its own platform as a place to buy). */
  platformNames: z.array(z.string().min(1).max(20)).default([]),
  /** Hosts of the platform's own pages (orders, products): links to them are not diversion. */
  ownLinkHosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).default([]),
  /** Attributes (beyond class, hidden, style, placeholder) whose change means the page's content changed. */
  watchAttributes: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).default([]),
  /** Parts the evidence is too weak to build (a remark editor graded D): the panel says so in one line on those pages. */
  gaps: z.array(z.object({ pageKinds: z.array(pageKindSchema).min(1), text: explanationSchema })).default([]),
  /** Where the facts above come from (shared/domain/…). */
  evidence: z.string().max(300),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;
