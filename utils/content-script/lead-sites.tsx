import { TeachSitePicker } from '@/components/picker/TeachSitePicker';
import { sendMessage } from '@/utils/messaging';
import { registerCustomSites } from '@/utils/sites/custom-sites';
import { builtInPageAt } from '@/utils/sites/profiles';
import type { SiteAdapter } from '@/utils/sites/types';
import { settings } from '@/utils/state/settings';
import { customSitesStore } from '@/utils/storage';
import type { PageSources } from './run-content-script';

/**
 * The script the background registers on the backends a lead taught (and injects while a lead teaches one): the
 * generic adapter for the sites the team policy defines, and the picker that defines a new one. A page a built-in
 * marketplace reads is left to that site's own script.
 */
export function leadSiteSources(): PageSources {
  let adapters: readonly SiteAdapter[] = [];
  return {
    adapterFor: (url) => (builtInPageAt(url) ? undefined : adapters.find((a) => a.isPage(url))),
    follow: (changed) =>
      customSitesStore.follow((sites) => {
        adapters = registerCustomSites(sites).flatMap((s) => s.adapters);
        changed();
      }),
    // A page no adapter knows gets the picker only while a lead is teaching it from the popup.
    onUnknownPage: async (mount, stillCurrent) => {
      const { teaching } = await sendMessage('site:teaching', {}).catch(() => ({ teaching: false }));
      if (!teaching || !stillCurrent() || settings.value.agent?.role !== 'lead') return undefined;
      const ui = await mount((root, shadowHost) => root.render(<TeachSitePicker doc={document} isOwn={(node: EventTarget) => node === shadowHost} />));
      if (!stillCurrent()) return undefined;
      ui.mount();
      return () => ui.remove();
    },
  };
}
