import { useSignals } from '@preact/signals-react/runtime';
import type { ChatAssist } from '@/utils/content/chat-assist';
import type { PageSession } from '@/utils/content/page-session';
import { ChatAssistPanel } from '../chat/ChatAssistPanel';
import { RemarkPanel } from '../remark/RemarkPanel';
import type { RemarkGuard } from '@/utils/content/remark-guard';
import type { CustomerCard } from '@/utils/content/customer-card';
import { CustomerCardView } from '../customer/CustomerCardView';
import type { PlaybookRunner } from '@/utils/content/playbook-runner';
import { PlaybookPanel } from '../playbooks/PlaybookPanel';
import type { PlacementTracker } from '@/utils/content/placement-tracker';
import { actionLogProblem } from '@/utils/log/extension-sender';
import { logAction } from '@/utils/log/log-action';
import { settingsStore } from '@/utils/storage';
import { settings, t } from '@/utils/state/settings';
import { BuyerSummary } from './BuyerSummary';
import { CannotRead } from './CannotRead';
import { OrderList } from './OrderList';
import { PanelShell } from './PanelShell';

interface Props {
  session: PageSession;
  placement: PlacementTracker;
  chat?: ChatAssist;
  remark?: RemarkGuard;
  customer?: CustomerCard;
  playbooks?: PlaybookRunner;
}

export function KefuPanel({ session, placement, chat, remark, customer, playbooks }: Props) {
  useSignals();
  const tr = t.value;
  const { panel } = settings.value;
  const result = session.snapshot.value;

  const setPanel = (next: Partial<typeof panel>) => void settingsStore.save({ ...settings.value, panel: { ...panel, ...next } });

  return (
    <PanelShell
      title={tr('app.name')}
      collapsed={panel.collapsed}
      dock={panel.dock}
      position={placement.position.value}
      labels={{ collapse: tr('panel.collapse'), expand: tr('panel.expand'), dockLeft: tr('panel.dockLeft'), dockRight: tr('panel.dockRight'), drag: tr('panel.drag') }}
      onToggleCollapse={() => {
        logAction('panel.toggled', { collapsed: !panel.collapsed });
        setPanel({ collapsed: !panel.collapsed });
      }}
      onToggleDock={() => {
        setPanel({ dock: panel.dock === 'right' ? 'left' : 'right' });
        placement.resetPreferred();
      }}
      onDragEnd={placement.moveTo}
      panelRef={placement.attach}
    >
      {actionLogProblem.value && (
        <p className="kefu-warning" role="status" data-testid="kefu-log-problem">
          {tr(actionLogProblem.value === 'storage-full' ? 'panel.storageFull' : 'panel.offline')}
        </p>
      )}
      {result.ok ? (
        <>
          {result.snapshot.pageKind !== 'orderList' && <BuyerSummary buyer={result.snapshot.buyer} labels={{ buyer: tr('panel.buyer'), buyerId: tr('panel.buyerId'), noBuyer: tr('panel.noBuyer') }} />}
          {customer && <CustomerCardView card={customer} />}
          {playbooks && <PlaybookPanel runner={playbooks} />}
          {chat && <ChatAssistPanel chat={chat} />}
          {remark && <RemarkPanel remark={remark} />}
          <OrderList
            orders={result.snapshot.orders}
            activeOrderNo={result.snapshot.activeOrderNo}
            labels={{ orders: tr('panel.orders'), noOrders: tr('panel.noOrders'), status: tr('order.status'), amount: tr('order.amount'), remark: tr('order.remark') }}
          />
        </>
      ) : (
        <CannotRead reason={result.reason} title={tr('cannotRead.title')} explanation={tr(`cannotRead.${result.reason}`)} />
      )}
    </PanelShell>
  );
}
