import { z } from 'zod';

export const severitySchema = z.enum(['block', 'warn']);
export type Severity = z.infer<typeof severitySchema>;

/** A word or phrase the shop never sends, with the rule that owns it. */
export const lexiconTermSchema = z.object({
  term: z.string().min(1).max(30),
  ruleId: z.string().max(40),
  severity: severitySchema,
  suggestion: z.string().max(60).optional(),
});
export type LexiconTerm = z.infer<typeof lexiconTermSchema>;

export const ruleInfoSchema = z.object({
  severity: severitySchema,
  message: z.string().max(200),
  enabled: z.boolean().default(true),
});

/** A form of a contact app or platform name (微信 → 薇信, 某宝), the rule it feeds, and how it must appear to count. */
export const lintVariantSchema = z.object({
  text: z.string().trim().min(1).max(30),
  ruleId: z.string().max(40),
  kind: z.enum(['contact', 'platform', 'app']),
});
export type LintVariant = z.infer<typeof lintVariantSchema>;

/**
 * The send-guard policy: data a lead edits. `lexicon` terms are matched as terms: a match that sits
 * inside one of `ordinaryWords` (第一次 around 第一, 金额 around 额) is not a finding.
 */
export const lintPolicySchema = z.object({
  version: z.literal(1),
  rules: z.record(z.string(), ruleInfoSchema),
  lexicon: z.array(lexiconTermSchema).max(50_000),
  ordinaryWords: z.array(z.string().min(2).max(20)).max(50_000),
  /** The lead's own variants, on top of the built-in dictionary (utils/send-guard/variants.ts). */
  variants: z.array(lintVariantSchema).max(2000).default([]),
});
export type LintPolicy = z.infer<typeof lintPolicySchema>;

export interface Finding {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}
