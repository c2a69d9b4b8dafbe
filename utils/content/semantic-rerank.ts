import { effect, signal, type ReadonlySignal } from '@preact/signals-react';
import { sendMessage } from '../messaging';
import type { ChatMessage, LearnedPhrasing, Template } from '../model';
import { rerankerStore } from '../storage/reranker-item';
import type { SuggestContext } from '../suggest/rank';
import { rerankSuggestions, type Reranker } from '../suggest/rerank';

/** The background's re-ranker (the imported model in the offscreen document); off or unavailable throws, lexical stands. */
const remoteReranker: Reranker = {
  async score(message, candidates) {
    const answer = await sendMessage('rerank:score', { message: message.slice(0, 2000), candidates: candidates.map(({ id, title, body, questions }) => ({ id, title, body, questions })) });
    if (!answer.scores) throw new Error(answer.reason ?? 'off');
    return answer.scores;
  },
};

export interface RerankInput {
  messages: readonly ChatMessage[];
  context: SuggestContext;
  library: readonly Template[];
  learned: readonly LearnedPhrasing[];
}

/**
 * The suggestions re-ranked by the semantic model while the lead has it on: for each new input the lexical order is
 * shown at once and replaced by the re-ranked one when the model answers (for that same input only).
 */
export function followSemanticRerank(input: ReadonlySignal<RerankInput | null>, limit: number) {
  const enabled = signal(false);
  const result = signal<{ for: RerankInput; templates: Template[] } | null>(null);
  const unfollow = rerankerStore.follow((s) => (enabled.value = s.enabled && !!s.model));
  const stop = effect(() => {
    const now = input.value;
    if (!enabled.value || !now) return;
    void rerankSuggestions(now.messages, now.context, now.library, remoteReranker, { limit, learned: now.learned })
      .then((ranked) => {
        if (input.peek() === now) result.value = { for: now, templates: ranked.map((r) => r.template) };
      })
      .catch(() => {});
  });
  return {
    /** The re-ranked templates for exactly this input, or null (off, not answered yet, or another input). */
    for: (now: RerankInput | null) => (enabled.value && now && result.value?.for === now ? result.value.templates : null),
    dispose: () => (unfollow(), stop()),
  };
}
