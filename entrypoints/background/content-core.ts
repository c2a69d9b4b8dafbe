import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { browser } from 'wxt/browser';
import { VENDOR_SCRIPTS } from '@/utils/content-script/vendor-names';
import { builtInPageAt, PROFILES } from '@/utils/sites/profiles';

/** The lead's sites' script: its core holds the generic adapter and the picker, on any page it was injected into. */
const LEAD_SITES = 'lead-sites';

/**
 * Injects a first script's core (`/core-<script>.js`, entrypoints/core-<script>.ts) into the frame that asked, in the
 * same isolated world, when a page the script reads is open there. A site's script is injected on more pages than its
 * adapters read (its `inject` patterns): those get no core until a route change reaches a page they read.
 */
export async function injectCore(script: string, sender: { tab?: { id?: number }; frameId?: number; url?: string }): Promise<{ loaded: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.url) return { loaded: false };
  const known = script === LEAD_SITES || PROFILES.some((p) => p.id === script);
  if (!known) throw new Error(`no content script "${script}"`);
  if (script !== LEAD_SITES && !builtInPageAt(new URL(sender.url))) return { loaded: false };
  // The vendor scripts first (React, then zod and libphonenumber), each a script (a task on the page) of its own; the
  // core reads them from the same world.
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  for (const vendor of VENDOR_SCRIPTS) await browser.scripting.executeScript({ target, files: [`/${vendor}.js` as ScriptPublicPath] });
  await browser.scripting.executeScript({ target, files: [`/core-${script}.js` as ScriptPublicPath] });
  return { loaded: true };
}
