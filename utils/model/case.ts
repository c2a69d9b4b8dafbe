import { z } from 'zod';

/**
 * A complaint or after-sales case (seed 000 L507, L721–723; 001 L31, L161, L369): one owner — whoever opened it, the
 * first person asked — a category, what the buyer wants, due times, a resolution and a return visit before it closes.
 * Cases exist only as `case.*` rows of the action log; utils/cases/ folds them into their current state.
 */
export const caseIdSchema = z.string().min(8).max(40);
/** The seed's four categories (quality, service, general, emergency); a shop adds its own. */
export const BUILT_IN_CASE_CATEGORIES = ['质量', '服务', '一般', '紧急'] as const;
export const caseCategorySchema = z.string().trim().min(1).max(12);
/** Where a case stands; the waiting states say on whom it waits. */
export const WAITING_STATUSES = ['open', 'waiting_buyer', 'waiting_warehouse', 'waiting_platform'] as const;
/** The statuses a case still waits in (the agent sets these in the panel; each has a clock running). */
export const waitingStatusSchema = z.enum(WAITING_STATUSES);
export type WaitingStatus = z.infer<typeof waitingStatusSchema>;
export const caseStatusSchema = z.enum([...WAITING_STATUSES, 'resolved', 'visited', 'closed']);
export type CaseStatus = z.infer<typeof caseStatusSchema>;
export const isWaiting = (status: CaseStatus): status is WaitingStatus => (WAITING_STATUSES as readonly string[]).includes(status);
export const caseResolutionSchema = z.enum(['refund', 'resend', 'partial_compensation', 'explanation', 'platform_arbitration']);
export type CaseResolution = z.infer<typeof caseResolutionSchema>;
export const caseEvidenceSchema = z.enum(['none', 'asked', 'received']);

/**
 * Due times a lead sets. The seeds give none for complaints except reviews (a medium/negative review handled within a
 * week, 001 L43); the others are this product's defaults: first reply within the platform's own wait threshold, a
 * resolution within 48 hours, the return visit within 24 hours of the resolution.
 */
export const casePolicySchema = z.object({
  /** The shop's own categories, beside the seed's four. */
  categories: z.array(caseCategorySchema).max(20).default([]),
  resolveHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(48),
  reviewResolveHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(7 * 24),
  visitHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(24),
});
export type CasePolicy = z.infer<typeof casePolicySchema>;
export const DEFAULT_CASE_POLICY: CasePolicy = casePolicySchema.parse({});
