import { browser } from 'wxt/browser';
import type { CustomSite } from '@/utils/model';
import { originPattern } from '@/utils/sites/custom';
import { customSitesStore } from '@/utils/storage';

const SCRIPT_ID = 'kefu-custom-sites';
/** The lead's sites' content script in the build (entrypoints/lead-sites.content.ts; WXT names it after the file). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/lead-sites.js';

/** Each custom page's pattern whose origin this browser has granted (an agent who declined gets no script there). */
async function grantedPatterns(sites: readonly CustomSite[]): Promise<string[]> {
  const patterns = [...new Set(sites.flatMap((s) => s.pages.map((p) => p.urlPattern)))];
  const granted = await Promise.all(patterns.map((p) => browser.permissions.contains({ origins: [originPattern(p)] }).catch(() => false)));
  return patterns.filter((_, i) => granted[i]);
}

/**
 * Keeps the content script registered on the lead's own sites: the manifest names only the built-in marketplaces,
 * so pages a lead taught get the script at runtime, on the origins this browser granted, after every policy change
 * and every new grant.
 */
export function watchCustomSites(firstRunAfterMs = 0): void {
  const sync = async () => {
    const matches = await grantedPatterns(await customSitesStore.load());
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (matches.length === 0) {
      if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      return;
    }
    const script = { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE.slice(1) as typeof CONTENT_SCRIPT_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true };
    await (registered.length ? browser.scripting.updateContentScripts([script]) : browser.scripting.registerContentScripts([script]));
  };
  const run = () => void sync().catch((error) => console.warn('[kefu] custom sites not registered', error));
  // Registered scripts persist across sessions: the start only checks them again, a moment later.
  setTimeout(run, firstRunAfterMs);
  customSitesStore.watch(run);
  browser.permissions.onAdded.addListener(run);
  browser.permissions.onRemoved.addListener(run);
}

/** Tabs where a lead is teaching the page (kept in session storage: the worker may sleep between the two messages). */
const TEACHING_KEY = 'teachingTabs';

export async function startTeaching(tabId: number): Promise<{ started: boolean; error?: string }> {
  const { [TEACHING_KEY]: tabs = [] } = (await browser.storage.session.get(TEACHING_KEY)) as { [TEACHING_KEY]?: number[] };
  await browser.storage.session.set({ [TEACHING_KEY]: [...new Set([...tabs, tabId])] });
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return { started: true };
  } catch (error) {
    return { started: false, error: String((error as Error)?.message ?? error).slice(0, 300) };
  }
}

export async function isTeaching(tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined) return false;
  const { [TEACHING_KEY]: tabs = [] } = (await browser.storage.session.get(TEACHING_KEY)) as { [TEACHING_KEY]?: number[] };
  return tabs.includes(tabId);
}
