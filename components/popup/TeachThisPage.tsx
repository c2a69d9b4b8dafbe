import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { sendMessage } from '@/utils/messaging';
import { adapterFor, registerCustomSites } from '@/utils/sites';
import { originPattern } from '@/utils/sites/custom';
import { customSitesStore } from '@/utils/storage';
import { settings, t } from '@/utils/state/settings';

interface TargetTab {
  id: number;
  url: URL;
}

/**
 * The page the lead was looking at: the active tab, or (when the popup is itself a tab) the web page used last in
 * this window.
 */
async function targetTab(): Promise<TargetTab | undefined> {
  const isWeb = (tab: { url?: string; id?: number }) => tab.id !== undefined && !!tab.url && /^https:/.test(tab.url);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const tab = active && isWeb(active) ? active : (await browser.tabs.query({ currentWindow: true })).filter(isWeb).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return tab ? { id: tab.id!, url: new URL(tab.url!) } : undefined;
}

/** A lead on a backend no adapter knows: one button asks for the site and opens the picker there. */
export function TeachThisPage() {
  const tr = t.value;
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void (async () => {
      registerCustomSites(await customSitesStore.load());
      const tab = await targetTab();
      setTarget(tab && !adapterFor(tab.url) ? tab : null);
    })();
  }, []);
  if (!target || settings.value.agent?.role !== 'lead') return null;

  const teach = async () => {
    // Asked from the click itself: Chrome grants optional hosts only in answer to a user gesture.
    const granted = await browser.permissions.request({ origins: [originPattern(`${target.url.origin}/*`)] }).catch(() => false);
    if (!granted) return setMessage(tr('popup.teachDenied'));
    const result = await sendMessage('site:teach', { tabId: target.id }).catch((e: Error) => ({ started: false, error: e.message }));
    setMessage(result.started ? tr('popup.teachStarted') : tr('popup.teachFailed', { reason: result.error ?? '' }));
  };
  return (
    <section className="popup-teach" data-testid="popup-teach">
      <p className="popup-status">{tr('popup.teachHint')}</p>
      <button type="button" onClick={() => void teach()} data-testid="popup-teach-start">
        {tr('popup.teach')}
      </button>
      {message && (
        <p className="popup-status" role="status" data-testid="popup-teach-message">
          {message}
        </p>
      )}
    </section>
  );
}
