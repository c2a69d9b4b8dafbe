import type { Entrypoint } from 'wxt';
import { injectPatterns } from '../utils/sites/page-pattern';
import { PROFILES } from '../utils/sites/profiles';

/** Where a built-in site's first script goes: each of its profile's pages' `inject` patterns, else `match`. */
export function siteScriptMatches(site: string): string[] {
  const profile = PROFILES.find((p) => p.id === site);
  if (!profile) throw new Error(`entrypoints/${site}.content.ts: no site profile "${site}" in utils/sites/profiles.ts`);
  return [...new Set(profile.pages.flatMap((page) => injectPatterns(page)))];
}

/**
 * WXT hook (`entrypoints:resolved`): fills each site's first script's `matches` from the profile named like its file,
 * which the script itself must not import (utils/content-script/script-options.ts).
 */
export function fillSiteScriptMatches(entrypoints: Entrypoint[]): void {
  for (const entrypoint of entrypoints) {
    if (entrypoint.type === 'content-script' && (entrypoint.options as { siteScript?: unknown }).siteScript === true) {
      entrypoint.options.matches = siteScriptMatches(entrypoint.name);
    }
  }
}

/** `https://mms.pinduoduo.com/chat-merchant/*` → `https://mms.pinduoduo.com/*`. */
const originOf = (pattern: string) => pattern.replace(/^([a-z*]+:\/\/[^/]+)\/.*$/, '$1/*');

/**
 * WXT hook (`build:manifestGenerated`): the origins of the sites' first scripts as host permissions, so the
 * background may inject their cores there (`scripting.executeScript` needs the host; a content script's `matches`
 * does not grant it). The same hosts the content scripts already name: no new permission for the agent to accept.
 */
export function grantFirstScriptHosts(manifest: { manifest_version: number; content_scripts?: { matches?: string[] }[]; host_permissions?: string[]; permissions?: string[] }): void {
  const origins = [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []).map(originOf))].sort();
  if (!origins.length) return;
  if (manifest.manifest_version >= 3) manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...origins])];
  else manifest.permissions = [...new Set([...(manifest.permissions ?? []), ...origins])];
}
