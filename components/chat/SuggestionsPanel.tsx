import { useSignals } from '@preact/signals-react/runtime';
import type { Suggestions } from '@/utils/content/suggestions';
import { hotkeyLabel } from '@/utils/suggest/hotkey';
import { settings, t } from '@/utils/state/settings';
import { PendingSnippetForm } from './PendingSnippetForm';
import { SuggestionList } from './SuggestionList';

/** The ranked replies (or `/` search hits), and why the last insert was refused. */
export function SuggestionsPanel({ api }: { api: Suggestions }) {
  useSignals();
  const tr = t.value;
  const query = api.searchQuery.value;
  const notice = api.notice.value;
  return (
    <>
      {notice && (
        <p className="kefu-warning" role="status" data-testid="kefu-chat-notice">
          {tr(notice === 'buyerChanged' ? 'chat.buyerChanged' : 'chat.noInput')}
        </p>
      )}
      <PendingSnippetForm pending={api.snippet.pending.value} onSubmit={api.snippet.submit} onCancel={api.snippet.cancel} />
      <SuggestionList
        items={api.offered.value}
        heading={query === null ? tr('chat.suggestions') : tr('chat.search', { query })}
        emptyText={query === null ? tr('chat.noSuggestions') : tr('chat.noResults')}
        insertLabel={tr('chat.insert')}
        hotkeyLabel={(n) => hotkeyLabel(settings.value.hotkey, n)}
        missingLabel={(names) => tr('chat.missing', { names })}
        onInsert={(index) => api.insert(index, 'click')}
      />
    </>
  );
}
