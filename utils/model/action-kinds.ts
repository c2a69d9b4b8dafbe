import { z } from 'zod';
import { caseCategorySchema, caseEvidenceSchema, caseIdSchema, caseResolutionSchema, waitingStatusSchema } from './case';
import { cannotReadReasonSchema } from './snapshot';
import { conversationKeySchema, qaCategoryIdSchema, qaResultSchema, qaResultsSchema, riskKindSchema } from './qa';
import { pageKindSchema } from './site';

const sendViaSchema = z.enum(['enter', 'button']);

/** What an agent marks on a buyer with one click (seed: complaints, refunds, returns, reviews, COD refusals, gifts). */
export const customerEventSchema = z.enum(['complaint', 'refund', 'return', 'bad_review', 'cod_refused', 'gift_given', 'complaint_closed']);
export type CustomerEvent = z.infer<typeof customerEventSchema>;

/** What an agent promised: to come back after waiting or checking, to call back, to resend, or a gift. */
export const promiseKindSchema = z.enum(['wait', 'check', 'callback', 'resend', 'gift']);
export type PromiseKind = z.infer<typeof promiseKindSchema>;

/**
 * The closed set of things the log records, each with the payload it carries.
 * Adding a kind is adding a line here; everything else (drafts, stored rows, exports) derives from it.
 */
export const actionPayloads = {
  'panel.opened': z.object({ pageKind: pageKindSchema, adapterId: z.string() }),
  'panel.toggled': z.object({ collapsed: z.boolean() }),
  'adapter.miss': z.object({ adapterId: z.string(), reason: cannotReadReasonSchema, detail: z.string().max(200).optional() }),
  /** A feature failed to start or render on a page; the others kept working. */
  'feature.failed': z.object({ featureId: z.string().max(40), stage: z.enum(['start', 'render']), error: z.string().max(300) }),
  /** How the adapter found the page's named fields, logged when it changes (at most once per page kind and day otherwise). */
  'adapter.health': z.object({
    adapterId: z.string().max(80),
    level: z.enum(['green', 'amber', 'red']),
    fields: z.record(z.string().max(40), z.enum(['default', 'override', 'override-missed', 'fallback', 'missing'])),
  }),
  /** A page showed values longer than the schema allows; they were cut to the limit (once per page and fields). */
  'adapter.clipped': z.object({ adapterId: z.string().max(80), fields: z.array(z.string().max(120)).max(20) }),
  /** A lead saved selector fixes for a site with the picker (field names; the selectors are in the team policy). */
  'site.fixed': z.object({ site: z.string().max(40), fields: z.array(z.string().max(40)).max(20) }),
  /** A lead taught a backend no adapter knows (a page of a custom site, with the fields picked). */
  'site.defined': z.object({ site: z.string().max(40), pageKind: pageKindSchema, fields: z.array(z.string().max(40)).max(20) }),
  'settings.saved': z.object({ changed: z.array(z.string().max(40)).max(20) }),
  /** A draft that failed validation, set aside in the quarantine (once per draft id). */
  'log.quarantined': z.object({ draftId: z.string().max(200), kind: z.string().max(80).optional(), error: z.string().max(300) }),
  /** A draft whose agent snapshot is not who the settings had logged in at that moment (kept as the page said it). */
  'log.agent_mismatch': z.object({ draftId: z.string().max(200), staffId: z.string().max(16), expectedStaffId: z.string().max(16).optional() }),
  'message.rejected': z.object({ type: z.string().max(80), error: z.string().max(300) }),
  /** A buyer message seen on a chat page: its key (page id or a digest, never the text) and the time the page shows. */
  'message.received': z.object({ messageKey: z.string().min(1).max(80), sentAt: z.number().int().positive().optional() }),
  'suggestion.shown': z.object({ templateIds: z.array(z.string()).max(10), forMessageId: z.string().max(80).optional() }),
  'template.inserted': z.object({
    templateId: z.string(),
    rank: z.number().int().min(0),
    via: z.enum(['click', 'hotkey', 'search', 'playbook', 'shortcut', 'sidebar']),
    missing: z.array(z.string()).max(20),
  }),
  'template.refused': z.object({ templateId: z.string(), reason: z.enum(['buyer-changed', 'no-input']) }),
  'lint.blocked': z.object({ ruleIds: z.array(z.string()).max(50), via: sendViaSchema }),
  'lint.warned': z.object({ ruleIds: z.array(z.string()).max(50), via: sendViaSchema }),
  'lint.overridden': z.object({ ruleIds: z.array(z.string()).max(50) }),
  'lint.rewritten': z.object({ ruleId: z.string() }),
  /** A reply that left without passing the guard (the host's own Enter, its app, another device), linted after the fact. */
  'message.sent_unguarded': z.object({
    messageKey: z.string().min(1).max(80),
    length: z.number().int().nonnegative(),
    findings: z.number().int().nonnegative(),
    ruleIds: z.array(z.string()).max(50),
    blocking: z.boolean(),
  }),
  'message.sent': z.object({
    length: z.number().int().nonnegative(),
    findings: z.number().int().nonnegative(),
    ruleIds: z.array(z.string()).max(50),
    via: sendViaSchema,
    text: z.string().max(5000).optional(),
    greetingOnly: z.literal(true).optional(),
  }),
  'remark.built': z.object({ orderNo: z.string().max(40), changeType: z.string().max(12), flag: z.string().max(3), length: z.number().int().nonnegative() }),
  'remark.blocked': z.object({ orderNo: z.string().max(40), fields: z.array(z.string().max(20)).max(10), codes: z.array(z.string().max(20)).max(10), via: sendViaSchema }),
  'remark.saved': z.object({
    orderNo: z.string().max(40),
    changeType: z.string().max(12).optional(),
    flag: z.string().max(3).optional(),
    valid: z.boolean(),
    linesAdded: z.number().int().nonnegative(),
    via: sendViaSchema,
  }),
  'remark.edited_existing': z.object({ orderNo: z.string().max(40), removedLines: z.number().int().positive() }),
  /** An order a page showed, once per order and status, attached to its buyer. */
  'order.seen': z.object({ orderNo: z.string().max(40), status: z.string().max(20).optional(), amount: z.number().nonnegative().optional(), placedAt: z.number().int().optional() }),
  'customer.viewed': z.object({ orders: z.number().int().nonnegative(), openPromises: z.number().int().nonnegative() }),
  'customer.tagged': z.object({
    tag: z.string().trim().min(1).max(12),
    colour: z
      .string()
      .regex(/^#[0-9a-f]{6}$/i)
      .optional(),
    op: z.enum(['add', 'remove']),
  }),
  'customer.noted': z.object({ note: z.string().trim().min(1).max(500) }),
  /** Something that happened to the buyer that the agent marked (or the page showed). */
  'customer.marked': z.object({ event: customerEventSchema, orderNo: z.string().max(40).optional() }),
  'promise.created': z.object({ promiseId: z.string().min(8).max(40), kind: promiseKindSchema, summary: z.string().max(80), dueAt: z.number().int().positive() }),
  'promise.done': z.object({ promiseId: z.string().min(8).max(40) }),
  'promise.overdue': z.object({ promiseId: z.string().min(8).max(40) }),
  'handover.exported': z.object({ promises: z.number().int().nonnegative(), buyers: z.number().int().nonnegative() }),
  /** A complaint or after-sales case, owned by whoever opens it (first person asked); utils/cases/ folds these rows. */
  'case.opened': z.object({
    caseId: caseIdSchema,
    category: caseCategorySchema,
    wants: z.string().trim().max(200),
    orderNo: z.string().max(40).optional(),
    evidence: caseEvidenceSchema,
    firstReplyDueAt: z.number().int().positive(),
    resolveDueAt: z.number().int().positive(),
  }),
  'case.updated': z.object({ caseId: caseIdSchema, status: waitingStatusSchema.optional(), evidence: caseEvidenceSchema.optional(), note: z.string().trim().max(200).optional() }),
  /** Ownership moves only with a reason (首问责任制). */
  'case.reassigned': z.object({ caseId: caseIdSchema, to: z.string().trim().min(1).max(20), reason: z.string().trim().min(2).max(200) }),
  'case.resolved': z.object({ caseId: caseIdSchema, resolution: caseResolutionSchema, note: z.string().trim().max(200).optional(), visitDueAt: z.number().int().positive() }),
  /** The return visit (回访): done, or skipped with a reason. */
  'case.visited': z
    .object({ caseId: caseIdSchema, outcome: z.enum(['done', 'skipped']), reason: z.string().trim().max(200).optional() })
    .refine((p) => p.outcome === 'done' || (p.reason?.length ?? 0) >= 2, { message: 'a skipped return visit needs a reason', path: ['reason'] }),
  'case.closed': z.object({ caseId: caseIdSchema }),
  'playbook.started': z.object({ playbookId: z.string().max(40), auto: z.boolean() }),
  'playbook.step_done': z.object({ playbookId: z.string().max(40), stepId: z.string().max(40), auto: z.boolean() }),
  'playbook.step_skipped': z.object({ playbookId: z.string().max(40), stepId: z.string().max(40), required: z.boolean(), reason: z.string().trim().max(200) }),
  'playbook.completed': z.object({ playbookId: z.string().max(40), skipped: z.number().int().nonnegative() }),
  'playbook.escalated': z.object({ playbookId: z.string().max(40), to: z.string().max(20) }),
  /** A reply or a closed round scored against the QA scorecard on the device: the results and the conversation, never the text. */
  'qa.scored': z.object({
    conversation: conversationKeySchema,
    scope: z.enum(['reply', 'round']),
    results: qaResultsSchema,
    score: z.number().int().min(0).max(100).optional(),
    risk: riskKindSchema.optional(),
    cue: z.string().max(40).optional(),
  }),
  /** A lead's own judgement of one category of a conversation, with why (the board shows how often leads disagree per rule). */
  'qa.overridden': z.object({ conversation: conversationKeySchema, category: qaCategoryIdSchema, result: qaResultSchema, reason: z.string().trim().min(2).max(200) }),
  'report.generated': z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), length: z.number().int().nonnegative(), exported: z.boolean() }),
} as const;

export type ActionKind = keyof typeof actionPayloads;
export const ACTION_KINDS = Object.keys(actionPayloads) as ActionKind[];
export const actionKindSchema = z.enum(ACTION_KINDS as [ActionKind, ...ActionKind[]]);
export type ActionPayload<K extends ActionKind> = z.infer<(typeof actionPayloads)[K]>;
