import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { createRoot } from 'react-dom/client';
import { KefuPanel } from '@/components/panel/KefuPanel';
import { connectActionLogToBackground } from '../log/extension-sender';
import { siteEnabled } from '../model';
import { adapterFor } from '../sites';
import { hydrateSettings, settings, settingsLoaded } from '../state/settings';
import { startChatAssist } from './chat-assist';
import { startCustomerCard } from './customer-card';
import { observeBuyerMessages } from './message-observer';
import { startPageSession } from './page-session';
import { startPlaybooks } from './playbook-runner';
import { startRemarkGuard } from './remark-guard';
import { trackPlacement } from './placement-tracker';
import { effect } from '@preact/signals-react';

const UI_NAME = 'kefu-panel';

/**
 * The whole life of Kefu Assist on one seller page: pick the adapter for the URL, keep a snapshot,
 * mount the panel in a shadow root, and tear everything down on navigation or when the site is switched off.
 */
export function runContentScript(ctx: ContentScriptContext): void {
  connectActionLogToBackground();
  ctx.onInvalidated(hydrateSettings());
  let teardown: (() => void) | undefined;

  const start = async () => {
    teardown?.();
    teardown = undefined;
    const adapter = adapterFor(new URL(location.href));
    if (!adapter || !siteEnabled(settings.value, adapter.site)) return;
    let host: Element | undefined;
    const session = startPageSession(adapter, document, (node) => !!host && (node === host || host.contains(node)));
    const placement = trackPlacement(adapter, document, () => settings.value.panel.dock);
    const customer = startCustomerCard(session);
    const chat = adapter.pageKind === 'chat' ? startChatAssist(session, document, { onSent: customer.offerFor }) : undefined;
    const remark = adapter.remarkEditor ? startRemarkGuard(session, document) : undefined;
    const playbooks = startPlaybooks(session, customer, chat);
    const stopObserving = adapter.pageKind === 'chat' ? observeBuyerMessages(session) : undefined;
    const ui = await createShadowRootUi(ctx, {
      name: UI_NAME,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container, _shadow, shadowHost) {
        host = shadowHost;
        const root = createRoot(container);
        root.render(<KefuPanel session={session} placement={placement} chat={chat} remark={remark} customer={customer} playbooks={playbooks} />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();
    const stopReplacing = effect(() => {
      void session.snapshot.value;
      void settings.value.panel;
      queueMicrotask(placement.update);
    });
    document.documentElement.dataset.kefuReady = adapter.id;
    teardown = () => {
      stopReplacing();
      chat?.dispose();
      playbooks.dispose();
      customer.dispose();
      remark?.dispose();
      stopObserving?.();
      session.dispose();
      placement.dispose();
      ui.remove();
      delete document.documentElement.dataset.kefuReady;
    };
  };

  // Start once settings are read, again when this site is switched on or off, and on SPA navigation.
  const site = adapterFor(new URL(location.href))?.site;
  let lastEnabled: boolean | undefined;
  const stopWatching = effect(() => {
    if (!settingsLoaded.value || !site) return;
    const enabled = siteEnabled(settings.value, site);
    if (enabled === lastEnabled) return;
    lastEnabled = enabled;
    void start();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => void start());
  ctx.onInvalidated(() => {
    stopWatching();
    teardown?.();
  });
}
