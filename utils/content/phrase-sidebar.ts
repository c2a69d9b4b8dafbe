import { computed, signal } from '@preact/signals-react';
import type { Template } from '../model';
import { flattenGroups, searchPhrases } from '../phrases/search-phrases';
import { siteCurrency } from '../sites/profiles';
import { templatesStore } from '../storage';
import { replyLanguage } from '../suggest/language';
import { DEFAULT_TEMPLATES } from '../templates/default-pack';
import type { PageSession } from './page-session';
import { createReplyWriter, offerReply } from './reply-writer';
import { sendMessage } from '../messaging';
import type { TitlePinyin } from '../phrases/title-pinyin';

/** The most phrases the list shows at once (search narrows it). */
const SHOWN = 80;

/**
 * The quick-phrase sidebar (快捷短语): the shop's library in the reply's language, searched as the agent types (pinyin
 * initials, full pinyin, text), grouped team first, then the agent's own, by category, most used first. A pick goes into
 * the reply box through the adapter, like a suggestion; a phrase with fields to fill or choose opens a small form first.
 */
export function startPhraseSidebar(session: PageSession, stop: AbortSignal, doc: Document = document) {
  const writer = createReplyWriter(session, doc, 'sidebar');
  const templates = signal<readonly Template[]>(DEFAULT_TEMPLATES);
  /** The titles' pinyin, asked of the background for each library (found by text alone until it answers). */
  const pinyin = signal<Record<string, TitlePinyin>>({});
  const askPinyin = (library: readonly Template[]) => {
    const titles = [...new Set(library.map((t) => t.title))].filter((title) => !pinyin.value[title]);
    if (titles.length === 0) return;
    void sendMessage('phrases:pinyin', { titles: titles.slice(0, 5000) })
      .then(({ keys }) => {
        if (!stop.aborted) pinyin.value = { ...pinyin.value, ...keys };
      })
      .catch(() => {});
  };
  askPinyin(DEFAULT_TEMPLATES);
  const unwatch = templatesStore.followInSlices((t) => {
    templates.value = t;
    askPinyin(t);
  });
  stop.addEventListener('abort', unwatch);

  const query = signal('');
  const highlighted = signal(0);
  /** A phrase whose fields the agent is filling, as offered when it was picked (the page's one snippet form, when ours). */
  const pending = computed(() => writer.form.value?.item ?? null);

  const language = computed(() => {
    const result = session.snapshot.value;
    return replyLanguage(result.ok ? result.snapshot.messages : [], siteCurrency(session.adapter.profile.id, doc.location?.href));
  });
  const groups = computed(() => searchPhrases(query.value, templates.value, { languages: [language.value], limit: SHOWN, pinyin: (title) => pinyin.value[title] }));
  const flat = computed(() => flattenGroups(groups.value));

  function setQuery(next: string): void {
    query.value = next;
    highlighted.value = 0;
  }

  function move(direction: 'up' | 'down'): void {
    const count = flat.value.length;
    if (count > 0) highlighted.value = (highlighted.value + (direction === 'down' ? 1 : count - 1)) % count;
  }

  /** Inserts a phrase, or opens its form when it has fields; false when nothing was inserted. */
  function pick(template: Template): boolean {
    const offered = offerReply(session, template);
    return !!offered && writer.insert(offered, Math.max(0, flat.value.indexOf(template)), 'sidebar') === 'written';
  }

  return {
    query,
    setQuery,
    groups,
    flat,
    language,
    highlighted,
    move,
    pick,
    pickHighlighted: () => {
      const template = flat.value[highlighted.value];
      return template ? pick(template) : false;
    },
    pending,
    /** The form's answers (by field id): inserted once every field has a valid value. */
    submit: writer.submitForm,
    cancel: writer.cancelForm,
    notice: writer.notice,
    /** The phrase's text as it would go in now (buyer's data and dates filled), for the list's preview. */
    preview: (template: Template) => offerReply(session, template)?.text ?? template.body,
  };
}

export type PhraseSidebar = ReturnType<typeof startPhraseSidebar>;
