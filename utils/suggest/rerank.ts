import type { ChatMessage, Template } from '../model';
import { pendingBuyerMessages } from './pending-buyer';
import { rankSuggestions, type RankedSuggestion, type RankOptions, type SuggestContext } from './rank';

/**
 * A second opinion on the lexical ranker's candidates (an on-device sentence-embedding model, say): how close the
 * buyer's message is to each candidate, higher is closer, in the candidates' order. Off unless a lead turns it on.
 */
export interface Reranker {
  score(message: string, candidates: readonly RerankCandidate[]): Promise<number[]>;
}

/** What of a template the re-ranker compares (a whole Template is one). */
export type RerankCandidate = Pick<Template, 'id' | 'title' | 'body' | 'questions'>;

/** Turns texts into vectors (a sentence-embedding model in an offscreen document, or a fake one in tests). */
export interface Encoder {
  encode(texts: readonly string[]): Promise<Float32Array[]>;
}

export const RERANKER_ENABLED_BY_DEFAULT = false;
/** How many lexical candidates the re-ranker sees. */
export const RERANK_POOL = 50;
/** Share of the final score that comes from the re-ranker (the rest is the lexical score scaled to the best one). */
export const RERANK_WEIGHT = 0.5;
const CACHE_MAX = 50_000;

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** What a template is compared by: each of its questions, and its title with its body. */
export const textsOf = (t: RerankCandidate) => [`${t.title} ${t.body}`, ...t.questions];

/**
 * A re-ranker from an encoder: a candidate scores its closest text (a question, or title and body) to the message.
 * Template texts are encoded once and kept by their words (per encoder: a new model starts a new cache), so a new
 * library version re-encodes only the templates whose words changed.
 */
export function embeddingReranker(encoder: Encoder): Reranker & { cached: () => number } {
  const cache = new Map<string, Float32Array>();
  return {
    cached: () => cache.size,
    async score(message, candidates) {
      const wanted = [...new Set(candidates.flatMap(textsOf))].filter((text) => !cache.has(text));
      const [query, ...fresh] = await encoder.encode([message, ...wanted]);
      if (cache.size + wanted.length > CACHE_MAX) cache.clear();
      wanted.forEach((text, i) => cache.set(text, fresh[i]!));
      return candidates.map((t) => Math.max(...textsOf(t).map((text) => cosine(query!, cache.get(text) ?? fresh[wanted.indexOf(text)]!))));
    },
  };
}

/**
 * The lexical ranking with the re-ranker's opinion folded in: it re-orders the lexical top RERANK_POOL and never adds
 * a template the lexical ranker left out (silent when unsure still holds). A failing re-ranker leaves the lexical order.
 */
export async function rerankSuggestions(
  messages: readonly ChatMessage[],
  context: SuggestContext,
  templates: readonly Template[],
  reranker: Reranker,
  options: RankOptions = {},
): Promise<RankedSuggestion[]> {
  const limit = options.limit ?? 3;
  const lexical = rankSuggestions(messages, context, templates, { ...options, limit: Math.max(limit, RERANK_POOL) });
  const message = pendingBuyerMessages(messages).at(-1);
  if (lexical.length < 2 || !message) return lexical.slice(0, limit);
  let semantic: number[];
  try {
    semantic = await reranker.score(
      message,
      lexical.map((s) => s.template),
    );
  } catch {
    return lexical.slice(0, limit);
  }
  const best = lexical[0]!.score;
  return lexical
    .map((s, i) => ({ ...s, score: (1 - RERANK_WEIGHT) * (s.score / best) + RERANK_WEIGHT * Math.max(0, semantic[i] ?? 0), reasons: [...s.reasons, 'semantic'] }))
    .sort((a, b) => b.score - a.score || a.template.id.localeCompare(b.template.id))
    .slice(0, limit);
}
