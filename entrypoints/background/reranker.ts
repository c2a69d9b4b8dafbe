import { browser } from 'wxt/browser';
import type { MessageResponse } from '@/utils/messaging';
import { OFFSCREEN_TARGET, type CheckAnswer, type OffscreenRequest, type ScoreAnswer } from '@/utils/reranker/offscreen-protocol';
import type { RerankCandidate } from '@/utils/suggest/rerank';
import { rerankerStore } from '@/utils/storage/reranker-item';

/**
 * The semantic re-ranker runs in an offscreen document (entrypoints/reranker/): a service worker cannot compile the
 * runtime's WebAssembly for long, and a seller page must not. Chrome only: Firefox has no offscreen API, and there
 * every request answers "unavailable" and the lexical order stands.
 */
const OFFSCREEN_URL = '/reranker.html';
let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const offscreen = browser.offscreen;
  if (!offscreen) throw new Error('unavailable in this browser (the re-ranker needs Chrome’s offscreen documents)');
  const contexts = await browser.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (contexts?.length) return;
  creating ??= offscreen
    .createDocument({ url: browser.runtime.getURL(OFFSCREEN_URL), reasons: ['WORKERS'], justification: 'Runs the lead-imported sentence model (WebAssembly) that re-ranks reply suggestions.' })
    .catch((error: unknown) => {
      // Two requests at once: the other one made it.
      if (!/single offscreen|already/i.test(String(error))) throw error;
    })
    .finally(() => (creating = null));
  await creating;
}

async function ask<T>(request: OffscreenRequest): Promise<T> {
  await ensureOffscreen();
  return (await browser.runtime.sendMessage(request)) as T;
}

export async function rerankScores(message: string, candidates: RerankCandidate[]): Promise<MessageResponse<'rerank:score'>> {
  const settings = await rerankerStore.load();
  if (!settings.enabled || !settings.model) return { scores: null, reason: 'off' };
  try {
    const answer = await ask<ScoreAnswer>({ to: OFFSCREEN_TARGET, op: 'score', model: settings.model.sha256, message, candidates });
    if ('error' in answer) return { scores: null, reason: answer.error };
    return answer.scores.length === candidates.length ? { scores: answer.scores } : { scores: null, reason: 'wrong number of scores' };
  } catch (error) {
    return { scores: null, reason: String((error as Error).message ?? error).slice(0, 300) };
  }
}

export async function checkRerankerModel(): Promise<MessageResponse<'rerank:check'>> {
  try {
    const answer = await ask<CheckAnswer>({ to: OFFSCREEN_TARGET, op: 'check' });
    return answer;
  } catch (error) {
    return { ok: false, error: String((error as Error).message ?? error).slice(0, 300) };
  }
}
