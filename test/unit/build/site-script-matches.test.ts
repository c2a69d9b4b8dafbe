import { describe, expect, it } from 'vitest';
import { grantFirstScriptHosts, siteScriptMatches } from '../../../build/site-script-matches';
import { SITES } from '@/utils/sites';

describe('a site first script’s patterns, filled at build time', () => {
  it('are the patterns of that site’s adapters, for every site', () => {
    for (const site of SITES) expect(siteScriptMatches(site.profile.id).sort(), site.profile.id).toEqual([...new Set(site.adapters.flatMap((a) => a.matches))].sort());
  });

  it('fail the build for a first script no profile is named like', () => {
    expect(() => siteScriptMatches('no-such-site')).toThrow(/no site profile "no-such-site"/);
  });

  it('become host permissions by origin (MV3) or permissions (MV2), beside what is already there', () => {
    const scripts = [{ matches: ['https://mms.pinduoduo.com/chat-merchant/*', 'https://mms.pinduoduo.com/orders/*'] }, { matches: ['https://*.example.com/a/*'] }, {}];
    const mv3 = { manifest_version: 3, content_scripts: scripts, host_permissions: ['http://127.0.0.1/*'] };
    grantFirstScriptHosts(mv3);
    expect(mv3.host_permissions).toEqual(['http://127.0.0.1/*', 'https://*.example.com/*', 'https://mms.pinduoduo.com/*']);
    const mv2 = { manifest_version: 2, content_scripts: scripts, permissions: ['storage'] };
    grantFirstScriptHosts(mv2);
    expect(mv2.permissions).toEqual(['storage', 'https://*.example.com/*', 'https://mms.pinduoduo.com/*']);
    const none = { manifest_version: 3, permissions: ['storage'] } as { manifest_version: number; permissions: string[]; host_permissions?: string[] };
    grantFirstScriptHosts(none);
    expect(none.host_permissions).toBeUndefined();
  });
});
