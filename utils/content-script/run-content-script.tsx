import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { effect, signal } from '@preact/signals-react';
import { startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { KefuPanel } from '@/components/panel/KefuPanel';
import { startPageSession } from '@/utils/content/page-session';
import { trackPlacement } from '@/utils/content/placement-tracker';
import { inPanelOrder, startFeatures } from '@/utils/features';
import { connectActionLogToBackground } from '@/utils/state/action-log-sender';
import { siteEnabled } from '@/utils/model';
import type { SiteAdapter } from '@/utils/sites/types';
import { hydrateSettings, settings, settingsLoaded } from '@/utils/state/settings';
import { panelPositionsStore } from '@/utils/storage';
import { FEATURES } from './features';
import { dropUntrustedEvents, ignorePageScriptStarted, keepMounted, keepSelectionOut, watchExtensionGone } from './page-guard';

const UI_NAME = 'kefu-panel';
/**
 * Closed, so page scripts cannot read the panel. The e2e build (`WXT_E2E_BUILD=1 wxt build`) opens it, because
 * Playwright's locators cannot enter a closed root; test/e2e/page-trust.spec.ts runs against the closed production build.
 */
const SHADOW_MODE = import.meta.env.WXT_E2E_BUILD ? 'open' : 'closed';

/** Draws our UI in its own shadow root at the end of the page's body (mounted by the caller). */
export type MountUi = (render: (root: Root, shadowHost: HTMLElement) => void) => ReturnType<typeof mountUi>;

/**
 * What a content script knows of pages: a site's script its own adapters, the lead's-sites script the sites the team
 * policy defines. `follow` calls `changed` once they are known and whenever they change, and returns its stop.
 */
export interface PageSources {
  adapterFor: (url: URL) => SiteAdapter | undefined;
  follow: (changed: () => void) => () => void;
  /** What to show on a page none of them reads (the teaching picker), or nothing; returns its removal. */
  onUnknownPage?: (mount: MountUi, stillCurrent: () => boolean) => Promise<(() => void) | undefined>;
}

/** Our UI in its own shadow root at the end of the page's body; `render` draws into it once mounted. */
function mountUi(ctx: ContentScriptContext, render: (root: Root, shadowHost: HTMLElement) => void, css?: string) {
  return createShadowRootUi(ctx, {
    name: UI_NAME,
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: SHADOW_MODE,
    // Keys typed in the panel do not bubble out to the page's listeners.
    isolateEvents: true,
    onMount(container, shadow, shadowHost) {
      dropUntrustedEvents(shadow);
      keepSelectionOut(shadow);
      const root = createRoot(container);
      render(root, shadowHost);
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
}

/**
 * The whole life of Kefu Assist on one seller page: pick the adapter for the URL, keep a snapshot, start the
 * features that apply, mount the panel in a shadow root, and tear everything down on navigation or when the site is
 * switched off. `css` is the panel's stylesheet when `ctx` does not load it itself (the core, see start-core.ts).
 */
export function runContentScript(ctx: ContentScriptContext, sources: PageSources, css?: string): void {
  ignorePageScriptStarted(ctx);
  connectActionLogToBackground();
  const stopSettings = hydrateSettings();
  let teardown: (() => void) | undefined;
  let generation = 0;
  let sessionUrl: string | undefined;
  /** The running session's adapter and its re-read: a route change the same adapter reads keeps the session. */
  let running: { adapterId: string; refresh: () => void } | undefined;

  // Generation-safe: a start that is overtaken while it awaits the UI removes what it made.
  const start = async () => {
    const mine = ++generation;
    teardown?.();
    teardown = undefined;
    running = undefined;
    sessionUrl = location.href;
    const adapter = sources.adapterFor(new URL(location.href));
    if (!adapter) return void onUnknownPage(mine);
    if (!siteEnabled(settings.value, adapter.site)) return;
    const positionKey = adapter.id;
    const positions = await panelPositionsStore.load();
    if (mine !== generation) return;
    let host: Element | undefined;
    const session = startPageSession(adapter, document, (node) => !!host && (node === host || host.contains(node)));
    const placement = trackPlacement(
      adapter,
      document,
      () => settings.value.panel.dock,
      {
        saved: positions[positionKey],
        save: (at) => {
          void panelPositionsStore.load().then(({ [positionKey]: _old, ...rest }) => panelPositionsStore.save(at ? { ...rest, [positionKey]: at } : rest));
        },
      },
      { firstAfterFrame: true },
    );
    const features = startFeatures(FEATURES, session);
    const panels = inPanelOrder(features.running);
    const ui = await mountUi(
      ctx,
      (root, shadowHost) => {
        host = shadowHost;
        // A transition renders in slices, so mounting the panel never holds the seller's page for one long task.
        startTransition(() => root.render(<KefuPanel session={session} placement={placement} panels={panels} />));
      },
      css,
    );
    if (mine !== generation) {
      features.stop();
      session.dispose();
      placement.dispose();
      return;
    }
    ui.mount();
    const stopRestoring = keepMounted(ui.shadowHost);
    running = { adapterId: adapter.id, refresh: session.refresh };
    const stopReplacing = effect(() => {
      void session.snapshot.value;
      void settings.value.panel;
      queueMicrotask(placement.update);
    });
    // Ready once the panel is placed: its parts are mounted a frame each and it waits off-screen until all are laid out.
    const stopReady = effect(() => {
      if (placement.placed.value) document.documentElement.dataset.kefuReady = adapter.id;
    });
    teardown = () => {
      stopReady();
      stopRestoring();
      stopReplacing();
      features.stop();
      session.dispose();
      placement.dispose();
      ui.remove();
      delete document.documentElement.dataset.kefuReady;
    };
  };

  /** A page no adapter knows gets nothing, unless the script has something for it (the lead's-sites script: teaching). */
  const onUnknownPage = async (mine: number) => {
    const remove = await sources.onUnknownPage?.(
      (render) => mountUi(ctx, render, css),
      () => mine === generation,
    );
    if (remove && mine === generation) teardown = remove;
    else remove?.();
  };

  // The adapters are known before the page is matched, and again whenever they change (a lead taught a site).
  const sourcesVersion = signal(0);
  const stopSources = sources.follow(() => sourcesVersion.value++);
  // Start once settings and the adapters are known, again when this site is switched on or off or becomes known
  // (a lead just taught it), and on SPA navigation.
  let lastKey: string | undefined;
  const stopWatching = effect(() => {
    if (!settingsLoaded.value || sourcesVersion.value === 0) return;
    const adapter = sources.adapterFor(new URL(location.href));
    const key = `${adapter?.id}|${adapter ? siteEnabled(settings.value, adapter.site) : settings.value.agent?.role}`;
    if (key === lastKey) return;
    lastKey = key;
    void start();
  });
  // The page can dispatch this event too: only a real change of address counts, and only a change to a page another
  // adapter reads starts a new session (a route the same adapter reads is re-read in place: one panel.opened, and no
  // suggestion.shown again, however often the page pushes its history).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (location.href === sessionUrl) return;
    const next = sources.adapterFor(new URL(location.href));
    if (running && next?.id === running.adapterId) {
      sessionUrl = location.href;
      running.refresh();
      return;
    }
    void start();
  });
  const stopAll = () => {
    stopWatching();
    stopSources();
    stopSettings();
    generation++;
    teardown?.();
    teardown = undefined;
  };
  ctx.onInvalidated(stopAll);
  watchExtensionGone(ctx, stopAll);
}
