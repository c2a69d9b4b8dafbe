import { computed, effect, signal } from '@preact/signals-react';
import { logAction } from '../log/log-action';
import type { Template } from '../model';
import { settings } from '../state/settings';
import { pauseForHost, templatesStore } from '../storage';
import { buildSuggestIndexInSlices, hasSuggestIndex } from '../suggest/index';
import { hotkeyDigit } from '../suggest/hotkey';
import { rankSuggestions } from '../suggest/rank';
import { searchTemplates } from '../suggest/search';
import { replyLanguage } from '../suggest/language';
import { siteCurrency } from '../sites/profiles';
import { DEFAULT_TEMPLATES } from '../templates/default-pack';
import { caretRect, type CaretRect } from './caret';
import { watchShortcuts } from './shortcut-expander';
import { onCapture, stopEvent } from './capture';
import type { PageSession } from './page-session';
import { isInReplyBox, readReplyBox } from './fill-input';
import { buyerIdentity, createReplyWriter, offerReply, type OfferedReply, type ReplyVia } from './reply-writer';
import { learnFromUse } from './learn-from-use';
import { followSemanticRerank, type RerankInput } from './semantic-rerank';

const SUGGESTION_COUNT = 3;
/** Ranked past the shown count, so that dropping other-language templates still leaves the best three of the reply's language. */
const RANK_SPARE = 4;

/** Ranked reply suggestions for the buyer's unanswered messages, `/` search in the chat box, and the hotkeys. */
export function startSuggestions(session: PageSession, stop: AbortSignal, doc: Document = document) {
  const { adapter } = session;
  const writer = createReplyWriter(session, doc, 'suggestions');
  const learning = learnFromUse(session);
  const templates = signal<Template[]>(DEFAULT_TEMPLATES);
  /** The library whose index is built (a large one is indexed in slices; until then nothing is suggested from it). */
  const indexed = signal<readonly Template[] | null>(hasSuggestIndex(DEFAULT_TEMPLATES) ? DEFAULT_TEMPLATES : null);
  const unwatchTemplates = templatesStore.followInSlices((t) => {
    templates.value = t;
    void buildSuggestIndexInSlices(t, pauseForHost).then(() => {
      if (templates.value === t) indexed.value = t;
    });
  });
  const initialBox = adapter.chatInput?.(doc);
  const draft = signal(initialBox ? readReplyBox(initialBox) : '');

  const searchQuery = computed(() => (draft.value.startsWith('/') ? draft.value.slice(1).trim() : null));
  const rankInput = computed((): RerankInput | null => {
    const result = session.snapshot.value;
    const library = indexed.value;
    if (!result.ok || result.snapshot.pageKind !== 'chat' || !library) return null;
    const snap = result.snapshot;
    const order = snap.orders.find((o) => o.orderNo === snap.activeOrderNo);
    return { messages: snap.messages, context: { orderStatus: order?.status }, library, learned: learning.learned.value };
  });
  // Re-ranked past the shown count too, for the same reason as RANK_SPARE.
  const semantic = followSemanticRerank(rankInput, SUGGESTION_COUNT * RANK_SPARE);
  const offered = computed((): OfferedReply[] => {
    const result = session.snapshot.value;
    if (!result.ok || result.snapshot.pageKind !== 'chat') return [];
    const snap = result.snapshot;
    const input = rankInput.value;
    // Only templates in the reply's language (the buyer's, else the shop's): a US buyer is never offered a Russian one.
    const language = replyLanguage(snap.messages, siteCurrency(snap.site, doc.location?.href));
    const inLanguage = (t: Template) => t.language === language;
    const lexical = (from: RerankInput) => rankSuggestions(from.messages, from.context, from.library, { limit: SUGGESTION_COUNT * RANK_SPARE, learned: from.learned }).map((s) => s.template);
    const picked =
      searchQuery.value !== null
        ? searchTemplates(searchQuery.value, templates.value.filter(inLanguage))
        : input
          ? (semantic.for(input) ?? lexical(input)).filter(inLanguage).slice(0, SUGGESTION_COUNT)
          : [];
    return picked.map((template) => offerReply(session, template)).filter((o) => o !== undefined);
  });

  // suggestion.shown once per buyer message the suggestions answer.
  let shownFor: string | undefined;
  const stopShownLog = effect(() => {
    const result = session.snapshot.value;
    if (!result.ok || searchQuery.value !== null || offered.value.length === 0) return;
    const snap = result.snapshot;
    const last = snap.messages.findLast((m) => m.direction === 'buyer');
    const key = `${buyerIdentity(snap.buyer)}|${last?.id ?? last?.text}`;
    if (key === shownFor) return;
    shownFor = key;
    logAction('suggestion.shown', { templateIds: offered.value.map((o) => o.template.id), ...(last?.id ? { forMessageId: last.id } : {}) });
  });

  /** A click, a hotkey or the `/` picker: through the writer's one insert (a reply with fields opens the snippet form first). */
  function insert(index: number, via: Exclude<ReplyVia, 'search' | 'playbook'>): void {
    const item = offered.value[index];
    if (!item) return;
    writer.insert(item, index, searchQuery.value !== null ? 'search' : via, (written) => {
      draft.value = written.text;
      learning.inserted(written);
    });
  }

  // The `/` picker at the caret: which hit is highlighted, and whether Esc closed it for this query.
  const highlighted = signal(0);
  const dismissedFor = signal<string | null>(null);
  const caret = signal<CaretRect | null>(null);
  const pickerOpen = computed(() => searchQuery.value !== null && dismissedFor.value !== draft.value && offered.value.length > 0);
  const stopCaret = effect(() => {
    void draft.value;
    highlighted.value = 0;
    const box = adapter.chatInput?.(doc);
    caret.value = searchQuery.value !== null && box ? caretRect(box) : null;
  });

  const listeners = new AbortController();
  const win = doc.defaultView!;
  const isChatInput = (target: EventTarget | null) => isInReplyBox(adapter.chatInput?.(doc), target);
  // Registered before the send guard's: Enter on a `/` search inserts the first hit and never reaches the guard.
  onCapture(
    win,
    'keydown',
    (event) => {
      const digit = hotkeyDigit(event, settings.value.hotkey);
      if (digit) {
        stopEvent(event);
        insert(digit - 1, 'hotkey');
        return;
      }
      if (event.isComposing || !isChatInput(event.target) || searchQuery.value === null) return;
      const count = offered.value.length;
      // With the picker closed by Esc, Enter on a `/` query still never sends it.
      if (!pickerOpen.value) return void (event.key === 'Enter' && !event.shiftKey && stopEvent(event));
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        stopEvent(event);
        highlighted.value = (highlighted.value + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      } else if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
        stopEvent(event);
        insert(highlighted.value, 'click');
      } else if (event.key === 'Escape') {
        stopEvent(event);
        dismissedFor.value = draft.value;
      }
    },
    listeners.signal,
  );
  // The page's own writes may close the `/` picker (the box was cleared), never open it.
  onCapture(
    win,
    'input',
    (event) => {
      if (!isChatInput(event.target)) return;
      const text = readReplyBox(adapter.chatInput!(doc)!);
      if (event.isTrusted || !text.startsWith('/')) draft.value = text;
      // Only the agent's own deleting counts against a pick (a page clearing its box after a send does not).
      if (event.isTrusted) learning.draftChanged(text);
    },
    listeners.signal,
    { alsoUntrusted: true },
  );
  watchShortcuts(session, templates, writer, listeners.signal, doc);
  stop.addEventListener('abort', () => {
    listeners.abort();
    stopShownLog();
    stopCaret();
    unwatchTemplates();
    learning.dispose();
    semantic.dispose();
  });

  return {
    offered,
    searchQuery,
    notice: writer.notice,
    insert,
    /** The snippet form of a suggestion being inserted, its answers and its cancel. */
    snippet: { pending: computed(() => writer.form.value?.item ?? null), submit: writer.submitForm, cancel: writer.cancelForm },
    picker: { open: pickerOpen, highlighted, caret },
  };
}

export type Suggestions = ReturnType<typeof startSuggestions>;
