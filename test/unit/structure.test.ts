import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, PROFILES, SITES } from '@/utils/sites';
import { PROFILES as PROFILE_LIST } from '@/utils/sites/profiles';
import { FIXTURE_SITES } from '../fixtures/serve.mjs';

const ROOT = process.cwd();
const GUIDE = 'see CONTRIBUTING.md, "Adding a marketplace"';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('every marketplace is a complete folder', () => {
  for (const { profile, adapters } of SITES) {
    describe(profile.id, () => {
      const fixtures = FIXTURE_SITES.find((f) => f.site === profile.id);

      it('has its adapters in utils/sites/<site>/ and a unit test', () => {
        expect(existsSync(join(ROOT, 'utils/sites', profile.id, 'profile.ts')), `utils/sites/${profile.id}/profile.ts is missing: ${GUIDE}`).toBe(true);
        expect(
          existsSync(join(ROOT, 'test/unit/sites', `${profile.id}.test.ts`)),
          `test/unit/sites/${profile.id}.test.ts is missing: read every fixture page (and its hashed-class variant) with each adapter`,
        ).toBe(true);
      });

      it('has saved pages served at its real host names', () => {
        expect(fixtures, `test/fixtures/sites/${profile.id}/pages.json is missing: save each page kind there (${GUIDE})`).toBeDefined();
        for (const adapter of adapters) {
          const served = fixtures!.pages.filter((p) => adapter.isPage(new URL(p.url)));
          expect(served.length, `no page in test/fixtures/sites/${profile.id}/pages.json is a ${adapter.pageKind} page for ${adapter.id}: add one with a URL its isPage accepts`).toBeGreaterThan(0);
          for (const page of served) expect(existsSync(join(ROOT, 'test/fixtures/sites', profile.id, page.file)), `${page.file} is listed but not saved`).toBe(true);
        }
        for (const page of fixtures!.pages) {
          expect(profile.origins, `${page.url} is served but its origin is not in ${profile.id}'s profile.origins`).toContain(new URL(page.url).origin);
        }
      });

      it('has its own first script, holding no site code, and a core holding its adapters only', () => {
        const entry = join(ROOT, 'entrypoints', `${profile.id}.content.ts`);
        expect(existsSync(entry), `entrypoints/${profile.id}.content.ts is missing: copy another site's (five lines) (${GUIDE})`).toBe(true);
        const code = readFileSync(entry, 'utf8');
        expect([...code.matchAll(/from '@\/utils\/sites\/([^']+)'/g)], `entrypoints/${profile.id}.content.ts is the first script: it imports no site (the core does)`).toEqual([]);
        expect(code, `entrypoints/${profile.id}.content.ts must be placed by its profile (siteScriptOptions())`).toContain('siteScriptOptions()');
        expect(code, `entrypoints/${profile.id}.content.ts must load its own core`).toContain('loadCore(ctx, import.meta.env.ENTRYPOINT)');
        const core = join(ROOT, 'entrypoints', `core-${profile.id}.ts`);
        expect(existsSync(core), `entrypoints/core-${profile.id}.ts is missing: copy another site's (five lines) and import this site's module (${GUIDE})`).toBe(true);
        // The core imports its site with import(): its adapters are evaluated in a task of their own (start-core.ts).
        const siteImports = [...readFileSync(core, 'utf8').matchAll(/(?:from |import\()'@\/utils\/sites\/([^']+)'/g)].map((m) => m[1]);
        expect(siteImports, `entrypoints/core-${profile.id}.ts must import '@/utils/sites/${profile.id}' and no other site`).toEqual([profile.id]);
        expect(PROFILE_LIST, `utils/sites/profiles.ts does not list ${profile.id}'s profile (${GUIDE})`).toContain(profile);
      });

      it('states the platform’s own reply-time rule', () => {
        expect(profile.kpiRules.length, `${profile.id}'s profile has no kpiRules: add the platform's published response rule with its definition in both languages`).toBeGreaterThan(0);
      });

      it('has one adapter per page kind its profile lists', () => {
        expect(adapters.map((a) => a.pageKind).sort()).toEqual(profile.pages.map((p) => p.kind).sort());
        for (const adapter of adapters) expect(adapter.profile, `${adapter.id} was defined with another site's profile`).toBe(profile);
      });
    });
  }

  it('utils/sites/profiles.ts lists the same sites as the registry, in its order', () => {
    expect(PROFILE_LIST.map((p) => p.id)).toEqual(SITES.map((s) => s.profile.id));
  });

  it('every content script in entrypoints/ is a site’s or the lead’s sites’ one', () => {
    const scripts = readdirSync(join(ROOT, 'entrypoints')).filter((name) => /\.content\.tsx?$/.test(name) || name.endsWith('.content'));
    const known = [...SITES.map((s) => `${s.profile.id}.content.ts`), 'lead-sites.content.ts'];
    expect(
      scripts.filter((name) => !known.includes(name)),
      'a content script that is no site’s: one per site, see CONTRIBUTING.md',
    ).toEqual([]);
  });

  it('no two sites share an id, an adapter id or a KPI rule id', () => {
    const ids = (list: string[]) => list.filter((id, i) => list.indexOf(id) !== i);
    expect(ids(PROFILES.map((p) => p.id))).toEqual([]);
    expect(ids(ADAPTERS.map((a) => a.id))).toEqual([]);
    expect(ids(PROFILES.flatMap((p) => p.kpiRules.map((r) => r.id)))).toEqual([]);
  });

  it('no feature, component or entrypoint names a marketplace: what differs per site lives in its profile', () => {
    const names = PROFILES.flatMap((p) => [p.id, ...p.origins.map((o) => new URL(o).hostname)]);
    const pattern = new RegExp(`['"\`](${names.map((n) => n.replace(/\./g, '\\.')).join('|')})['"\`/]`);
    const offenders = ['utils', 'components', 'entrypoints']
      .flatMap(sourceFiles)
      .filter((file) => !file.startsWith(join('utils', 'sites')))
      .filter((file) => pattern.test(readFileSync(join(ROOT, file), 'utf8')))
      .map((file) => relative(ROOT, join(ROOT, file)));
    expect(offenders, 'these files name a site: read the fact from the site profile (siteProfile(id)) instead').toEqual([]);
  });
});
