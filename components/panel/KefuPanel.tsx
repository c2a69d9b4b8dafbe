import { useSignals } from '@preact/signals-react/runtime';
import { useState, type ComponentType } from 'react';
import { FixPagePicker } from '../picker/FixPagePicker';
import type { PageSession } from '@/utils/content/page-session';
import type { PlacementTracker } from '@/utils/content/placement-tracker';
import { reportFeatureFailure, type RunningFeature } from '@/utils/features';
import { actionLogProblem } from '@/utils/state/action-log-sender';
import { logAction } from '@/utils/log/log-action';
import { settingsStore } from '@/utils/storage';
import { settings, t } from '@/utils/state/settings';
import { BuyerSummary } from './BuyerSummary';
import { CannotRead } from './CannotRead';
import { ErrorBoundary } from '../ErrorBoundary';
import { OrderList } from './OrderList';
import { PanelShell } from './PanelShell';
import { StorageProblemNotice } from './StorageProblemNotice';
import { SyncNotice } from './SyncNotice';
import { HealthDot } from './HealthDot';
import { RailBuyer } from './RailBuyer';
import { useShownByFrame } from './use-shown-by-frame';

interface Props {
  session: PageSession;
  placement: PlacementTracker;
  /** The running features, in display order (each may have a panel part, an overlay and a rail line). */
  panels: RunningFeature<ComponentType<{ api: never }>>[];
}

/** Until every part is laid out the tracker does not see the panel, which stays off-screen. */
const noPanelYet = () => {};

export function KefuPanel({ session, placement, panels }: Props) {
  useSignals();
  const tr = t.value;
  const { panel } = settings.value;
  const holdOpen = session.holdOpen.value;
  const collapsed = panel.collapsed && !holdOpen;
  const result = session.snapshot.value;
  const [fixing, setFixing] = useState(false);
  // The feature parts, then the order list, a part per frame; the panel is placed (shown) once all are laid out.
  const withPanel = panels.filter(({ feature }) => feature.Panel);
  const total = withPanel.length + 1;
  const shown = useShownByFrame(total);

  const setPanel = (next: Partial<typeof panel>) => void settingsStore.save({ ...settings.value, panel: { ...panel, ...next } });
  /** Each running feature's part of one kind, each isolated: one that throws is reported and left out. */
  const parts = (part: 'Panel' | 'Overlay' | 'Rail', running = panels) =>
    running.map(({ feature, api }) => {
      const Part = feature[part];
      if (!Part) return null;
      return (
        <ErrorBoundary key={feature.id} onError={(error) => reportFeatureFailure(feature.id, 'render', error)}>
          <Part api={api as never} />
        </ErrorBoundary>
      );
    });

  return (
    <>
      <PanelShell
        rail={
          <>
            <RailBuyer result={result} labels={{ noBuyer: tr('panel.noBuyer'), cannotRead: tr('cannotRead.title') }} />
            {result.ok && parts('Rail')}
          </>
        }
        title={tr('app.name')}
        collapsed={collapsed}
        collapseBlocked={holdOpen ? tr('panel.holdOpen', { playbook: holdOpen }) : null}
        dock={panel.dock}
        placement={placement.position.value}
        labels={{ collapse: tr('panel.collapse'), expand: tr('panel.expand'), dockLeft: tr('panel.dockLeft'), dockRight: tr('panel.dockRight'), drag: tr('panel.drag') }}
        onToggleCollapse={() => {
          if (holdOpen) return;
          logAction('panel.toggled', { collapsed: !panel.collapsed });
          setPanel({ collapsed: !panel.collapsed });
        }}
        onToggleDock={() => {
          setPanel({ dock: panel.dock === 'right' ? 'left' : 'right' });
          placement.resetPreferred();
        }}
        onDragEnd={placement.moveTo}
        panelRef={shown === total ? placement.attach : noPanelYet}
      >
        {actionLogProblem.value && (
          <p className="kefu-warning" role="status" data-testid="kefu-log-problem">
            {tr(actionLogProblem.value === 'storage-full' ? 'panel.storageFull' : 'panel.offline')}
          </p>
        )}
        <StorageProblemNotice />
        <SyncNotice />
        <HealthDot health={result.health} onFix={fixing ? undefined : () => setFixing(true)} />
        {fixing && settings.value.agent?.role === 'lead' && (
          // A picker that fails is reported and closed; the panel stays.
          <ErrorBoundary onError={(error) => reportFeatureFailure('picker', 'render', error)}>
            <FixPagePicker session={session} onClose={() => setFixing(false)} />
          </ErrorBoundary>
        )}
        {result.ok ? (
          <>
            {result.snapshot.pageKind !== 'orderList' && (
              <BuyerSummary buyer={result.snapshot.buyer} labels={{ buyer: tr('panel.buyer'), buyerId: tr('panel.buyerId'), noBuyer: tr('panel.noBuyer') }} />
            )}
            {session.adapter.profile.gaps
              .filter((g) => g.pageKinds.includes(result.snapshot.pageKind))
              .map((gap) => (
                <p key={gap.text.en} className="kefu-note" data-testid="kefu-site-gap">
                  {gap.text[settings.value.uiLanguage]}
                </p>
              ))}
            {parts('Panel', withPanel.slice(0, shown))}
            {shown === total && (
              <OrderList
                orders={result.snapshot.orders}
                activeOrderNo={result.snapshot.activeOrderNo}
                labels={{ orders: tr('panel.orders'), noOrders: tr('panel.noOrders'), status: tr('order.status'), amount: tr('order.amount'), remark: tr('order.remark') }}
              />
            )}
          </>
        ) : (
          <CannotRead reason={result.reason} title={tr('cannotRead.title')} explanation={tr(`cannotRead.${result.reason}`)} />
        )}
      </PanelShell>
      {result.ok && parts('Overlay')}
    </>
  );
}
