import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_MATCHES } from '@/utils/sites';

const listing = readFileSync('docs/store-listing.md', 'utf8');

describe('the store listing', () => {
  it('names every seller host the content script runs on (written as the host, or as its suffix under a named marketplace)', () => {
    const hosts = [...new Set([...ALL_MATCHES].map((m) => new URL(m.replace('*://', 'https://').replace('/*', '/')).host))];
    const missing = hosts.filter(
      (host) => !listing.includes(`\`${host}\``) && !listing.includes(`\`.${host.split('.').slice(-2).join('.')}\``) && !listing.includes(`\`.${host.split('.').slice(2).join('.')}\``),
    );
    expect(missing).toEqual([]);
  });

  it('justifies every permission the manifest asks for', async () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const permissions = JSON.parse(/permissions: (\[[^\]]*\])/.exec(config)![1]!.replace(/'/g, '"')) as string[];
    for (const p of permissions) expect(listing, p).toContain(`| \`${p}\` |`);
    expect(listing).toContain('Optional host permissions');
  });
});
