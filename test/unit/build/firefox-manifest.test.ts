import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_MATCHES, SITES } from '@/utils/sites';

describe('the Firefox build', () => {
  it('builds, with an add-on id, the first script on every seller page and those sites only as hosts (to inject the cores)', { timeout: 60_000 }, () => {
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
    // The hosts are the first scripts' origins, no other: the background injects the cores there (core-<site>.js).
    const origins = [...new Set(ALL_MATCHES.map((m) => `${new URL(m.replace('*.', '')).origin}/*`))].sort();
    expect(manifest.permissions.filter((p: string) => p.includes('://')).sort()).toEqual(origins);
    for (const site of SITES) expect(existsSync(join(process.cwd(), `.output/firefox-mv2/core-${site.profile.id}.js`)), `core-${site.profile.id}.js`).toBe(true);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'alarms', 'notifications']));
  });
});
