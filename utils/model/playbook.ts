import { z } from 'zod';
import { customerEventSchema } from './action-kinds';
import { pageKindSchema } from './site';
import { templateCategorySchema } from './template';

const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** Every number a playbook uses, as settings a lead edits (seed figures by default; see default-playbooks.ts). */
export const playbookNumbersSchema = z.object({
  unpaidRemindHours: z.number().min(1).max(72),
  cutoffTime: clockSchema,
  refundAfterPaymentHours: z.number().min(1).max(168),
  reviewHandleDays: z.number().min(1).max(30),
  reviewRevisionDays: z.number().min(1).max(60),
  crossBorderReassureDays: z.number().min(1).max(60),
  crossBorderRefundDays: z.number().min(1).max(90),
  shiftStart: clockSchema,
  shiftEnd: clockSchema,
});
export type PlaybookNumbers = z.infer<typeof playbookNumbersSchema>;
export type PlaybookNumberKey = keyof PlaybookNumbers;
const numberKeySchema = z.enum(['unpaidRemindHours', 'refundAfterPaymentHours', 'reviewHandleDays', 'reviewRevisionDays', 'crossBorderReassureDays', 'crossBorderRefundDays']);

/** What the extension can see for itself to tick a step. */
export const stepCheckSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('templateInserted'), templateIds: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('remarkSaved') }),
  z.object({ kind: z.literal('promiseCreated') }),
  z.object({ kind: z.literal('messageSent') }),
  z.object({ kind: z.literal('customerMarked'), event: customerEventSchema }),
  z.object({ kind: z.literal('handoverExported') }),
  z.object({ kind: z.literal('reportGenerated') }),
]);
export type StepCheck = z.infer<typeof stepCheckSchema>;

export const playbookStepSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  text: z.string().min(1).max(200),
  /** A template the step offers, inserted through the reply feature. */
  templateId: z.string().optional(),
  check: stepCheckSchema.optional(),
  required: z.boolean(),
});
export type PlaybookStep = z.infer<typeof playbookStepSchema>;

/** When a playbook applies. All given conditions must hold; times refer to settings by name, never literals. */
export const playbookTriggerSchema = z.object({
  pageKinds: z.array(pageKindSchema).optional(),
  orderStatuses: z.array(z.string().max(20)).optional(),
  /** Any of these intents in the buyer's latest messages. */
  intents: z.array(templateCategorySchema).optional(),
  /** None of these intents (a greeting inside a complaint is not a pre-sales chat). */
  excludeIntents: z.array(templateCategorySchema).optional(),
  keywords: z.array(z.string().min(1).max(20)).optional(),
  /** The buyer writes in one of these (zh, en, ru). */
  languages: z.array(z.enum(['zh', 'en', 'ru'])).optional(),
  buyerTags: z.array(z.string().max(12)).optional(),
  /** Time since the order was placed, at least / less than the named setting (hours or days as the name says). */
  sincePlaced: z.object({ atLeast: numberKeySchema.optional(), lessThan: numberKeySchema.optional() }).optional(),
  /** Before the daily cut-off time. */
  beforeCutoff: z.boolean().optional(),
  /** Within the first two hours of the shift, or from one hour before its end. */
  shift: z.enum(['start', 'end']).optional(),
});
export type PlaybookTrigger = z.infer<typeof playbookTriggerSchema>;

export const playbookSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  title: z.string().min(1).max(40),
  when: playbookTriggerSchema,
  steps: z.array(playbookStepSchema).min(1).max(20),
  escalateTo: z.string().max(20).optional(),
  /** Opens by itself for trainees and cannot be dismissed until done; a lead switches it per playbook. */
  mandatoryForTrainees: z.boolean(),
});
export type Playbook = z.infer<typeof playbookSchema>;

/** The shop's playbooks: a lead edits them as data (ids unique, so logged progress keeps its meaning). */
export const playbookListSchema = z
  .array(playbookSchema)
  .min(1)
  .max(100)
  .superRefine((list, ctx) => {
    list.forEach((p, i) => {
      if (list.findIndex((q) => q.id === p.id) !== i) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `playbook id "${p.id}" appears twice` });
      p.steps.forEach((step, k) => {
        if (p.steps.findIndex((s) => s.id === step.id) !== k) ctx.addIssue({ code: 'custom', path: [i, 'steps', k, 'id'], message: `step id "${step.id}" appears twice` });
      });
    });
  });

/** The lead's playbook settings: the numbers, and which playbooks are mandatory for trainees. */
export const playbookConfigSchema = z.object({
  numbers: playbookNumbersSchema,
  mandatory: z.array(z.string()),
});
export type PlaybookConfig = z.infer<typeof playbookConfigSchema>;
