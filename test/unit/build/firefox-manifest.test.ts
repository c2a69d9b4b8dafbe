import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_MATCHES, SITES } from '@/utils/sites';

describe('the Firefox build', () => {
  it('builds, with an add-on id, the content script on every seller page and no host it does not need', { timeout: 60_000 }, () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: process.cwd(), stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(process.cwd(), '.output/firefox-mv2/manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.background.scripts).toEqual(['background.js']);
    // One script per marketplace, each on its own site's pages; together every seller page.
    const scripts = manifest.content_scripts as { js: string[]; matches: string[] }[];
    expect(scripts.map((s) => s.js).sort()).toEqual(SITES.map((s) => [`content-scripts/${s.profile.id}.js`]).sort());
    for (const site of SITES) {
      expect(scripts.find((s) => s.js[0] === `content-scripts/${site.profile.id}.js`)!.matches.sort()).toEqual([...new Set(site.adapters.flatMap((a) => a.matches))].sort());
    }
    expect([...new Set(scripts.flatMap((s) => s.matches))].sort()).toEqual([...ALL_MATCHES].sort());
    expect(manifest.permissions.filter((p: string) => p.includes('://'))).toEqual([]);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'alarms', 'notifications']));
  });
});
