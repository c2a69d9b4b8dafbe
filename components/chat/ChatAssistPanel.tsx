import { useSignals } from '@preact/signals-react/runtime';
import type { ChatAssist } from '@/utils/content/chat-assist';
import { traineeTip } from '@/utils/playbooks/trainee-tips';
import { hotkeyLabel } from '@/utils/suggest/hotkey';
import { settings, t } from '@/utils/state/settings';
import { GuardFindings } from './GuardFindings';
import { SuggestionList } from './SuggestionList';

export function ChatAssistPanel({ chat }: { chat: ChatAssist }) {
  useSignals();
  const tr = t.value;
  const query = chat.searchQuery.value;
  const guard = chat.guard.value;
  const notice = chat.notice.value;
  return (
    <>
      {guard && (
        <GuardFindings
          guard={guard}
          labels={{ blocked: tr('guard.blocked'), warned: tr('guard.warned'), confirm: tr('guard.confirm'), confirmed: tr('guard.confirmed'), remove: tr('guard.remove'), rewrite: (text) => tr('guard.rewrite', { text }), tip: tr('guard.tip') }}
          onRewrite={chat.rewrite}
          onConfirm={chat.confirmSend}
          tip={settings.value.agent?.role === 'trainee' ? traineeTip : undefined}
        />
      )}
      {notice && (
        <p className="kefu-warning" role="status" data-testid="kefu-chat-notice">
          {tr(notice === 'buyerChanged' ? 'chat.buyerChanged' : 'chat.noInput')}
        </p>
      )}
      <SuggestionList
        items={chat.offered.value}
        heading={query === null ? tr('chat.suggestions') : tr('chat.search', { query })}
        emptyText={query === null ? tr('chat.noSuggestions') : tr('chat.noResults')}
        insertLabel={tr('chat.insert')}
        hotkeyLabel={(n) => hotkeyLabel(settings.value.hotkey, n)}
        missingLabel={(names) => tr('chat.missing', { names })}
        onInsert={(index) => chat.insert(index, 'click')}
      />
    </>
  );
}
