import { z } from 'zod';

/** The most templates a library (and a file) may hold. */
export const MAX_TEMPLATES = 20_000;

/** Buyer questions a template may carry, and how long one may be. */
export const MAX_QUESTIONS = 30;
export const MAX_QUESTION_LENGTH = 120;

export const templateLanguageSchema = z.enum(['zh-CN', 'en', 'ru']);
export type TemplateLanguage = z.infer<typeof templateLanguageSchema>;

export const TEMPLATE_CATEGORIES = ['售前咨询', '议价', '催付', '核对地址', '发货通知', '物流查询/催发货', '售后退换', '中差评', '跨境纠纷', '致歉', '结束语', '其他'] as const;
export const templateCategorySchema = z.enum(TEMPLATE_CATEGORIES);
export type TemplateCategory = z.infer<typeof templateCategorySchema>;

/** A reply template (快捷短语). `{变量}` in the body are filled from the page and the agent's settings. */
export const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/),
  title: z.string().trim().min(1).max(40),
  body: z.string().trim().min(1).max(1000),
  language: templateLanguageSchema,
  category: templateCategorySchema,
  tags: z.array(z.string().max(20)).max(10).default([]),
  /** Words in a buyer's message that make this template relevant. */
  keywords: z.array(z.string().min(1).max(20)).max(30).default([]),
  /** Buyer questions this template answers (相似问法), matched by character n-grams and words; a library written before they existed reads as none. */
  questions: z.array(z.string().trim().min(1).max(MAX_QUESTION_LENGTH)).max(MAX_QUESTIONS).default([]),
  shortcut: z.string().max(20).optional(),
  usageCount: z.number().int().nonnegative().default(0),
  owner: z.enum(['personal', 'team']).default('team'),
});
export type Template = z.infer<typeof templateSchema>;

/**
 * A buyer message an agent answered with a template on this device (learned from use, never in the action log). It
 * ranks like a question once `uses - against` reaches 2.
 */
export const learnedPhrasingSchema = z.object({
  templateId: z.string().min(1).max(64),
  text: z.string().trim().min(1).max(MAX_QUESTION_LENGTH),
  uses: z.number().int().nonnegative(),
  /** Sends where the agent rewrote most of the inserted text, or deleted it. */
  against: z.number().int().nonnegative().default(0),
  firstAt: z.string(),
  lastAt: z.string(),
});
export type LearnedPhrasing = z.infer<typeof learnedPhrasingSchema>;

/**
 * The file a lead hands to the team. Rejected whole if any template is invalid. Version 1 (before questions) reads
 * as version 2 with no questions and no learned phrasings.
 */
export const templateFileSchema = z
  .object({
    format: z.literal('kefu-assist/templates'),
    version: z.union([z.literal(1), z.literal(2)]),
    exportedAt: z.string().optional(),
    templates: z.array(templateSchema).min(1).max(MAX_TEMPLATES),
    learned: z
      .array(learnedPhrasingSchema)
      .max(MAX_TEMPLATES * 50)
      .default([]),
  })
  .transform((file) => ({ ...file, version: 2 as const }));
export type TemplateFile = z.infer<typeof templateFileSchema>;
