import { z } from 'zod';

/** The imported model file as the settings describe it (its bytes are in the model database, utils/db/model-file.ts). */
export const rerankerModelSchema = z.object({
  name: z.string().min(1).max(200),
  bytes: z.number().int().positive(),
  /** SHA-256 of the file, hex: the cache of template embeddings belongs to this model. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  featureSize: z.number().int().positive(),
  embeddingSize: z.number().int().positive(),
  importedAt: z.string().datetime(),
});
export type RerankerModel = z.infer<typeof rerankerModelSchema>;

/** The optional semantic re-ranker: off by default, and on only with a model the lead imported. */
export const rerankerSettingsSchema = z.object({
  enabled: z.boolean().default(false),
  model: rerankerModelSchema.nullable().default(null),
});
export type RerankerSettings = z.infer<typeof rerankerSettingsSchema>;
export const DEFAULT_RERANKER_SETTINGS: RerankerSettings = { enabled: false, model: null };
