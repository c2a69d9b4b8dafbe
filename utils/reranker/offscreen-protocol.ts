import { z } from 'zod';

/**
 * Between the background and the re-ranker's offscreen document (Chrome only). Sent with runtime.sendMessage, so
 * every extension page sees it: `to` tells ours apart, and the document answers nothing else.
 */
export const OFFSCREEN_TARGET = 'kefu-reranker';

export const candidateSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(40),
  body: z.string().max(1000),
  questions: z.array(z.string().max(120)).max(30),
});

export const offscreenRequestSchema = z.discriminatedUnion('op', [
  /** Load the file the dashboard just stored as the candidate and say whether it is a model the re-ranker can run. */
  z.object({ to: z.literal(OFFSCREEN_TARGET), op: z.literal('check') }),
  /** Score candidates with the imported model (`model`: its SHA-256; a different one is loaded first). */
  z.object({ to: z.literal(OFFSCREEN_TARGET), op: z.literal('score'), model: z.string(), message: z.string().max(2000), candidates: z.array(candidateSchema).max(50) }),
]);
export type OffscreenRequest = z.infer<typeof offscreenRequestSchema>;

export type CheckAnswer = { ok: true; featureSize: number; embeddingSize: number } | { ok: false; error: string };
export type ScoreAnswer = { scores: number[] } | { error: string };
