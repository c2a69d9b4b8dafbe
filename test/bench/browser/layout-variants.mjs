// Pages it has never seen: ≥ 2,000 generated layout variants of the fixture pages (test/layout/mutations.ts), each read
// by the adapter and placed by the tracker of this build and of the pre-change build (BASE, a commit; built from a
// temporary worktree), in the same browser run and on the same mutated page. Per site: variants read exactly as the
// original (buyer, messages by side and text, order numbers) and probes covered at 1024×640, 1366×768 and 1920×1080
// (reply box, send button, order column, conversation list, latest buyer message), and the placement time at 1920.
// Run: `node test/bench/browser/layout-variants.mjs` (VARIANTS=2000, BASE=caebffa); writes test-results/layout-variants.json.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_PAGES, serveFixtures } from '../../fixtures/serve.mjs';
import { bundleHarness } from '../../layout/bundle.mjs';
import { runVariants, summarise } from '../../layout/run-variants.mjs';

const VARIANTS = Number(process.env.VARIANTS ?? 2000);
const BASE = process.env.BASE ?? 'caebffa';
const ROOT = resolve('.');

const baseDir = await mkdtemp(join(tmpdir(), 'kefu-base-'));
execFileSync('git', ['worktree', 'add', '--detach', baseDir, BASE], { stdio: 'ignore' });
try {
  await symlink(join(ROOT, 'node_modules'), join(baseDir, 'node_modules'));
  const builds = [
    { name: 'this build', code: await bundleHarness(ROOT) },
    { name: `pre-change (${BASE})`, code: await bundleHarness(baseDir) },
  ];
  const perPage = Math.ceil(VARIANTS / DEMO_PAGES.length);
  const seeds = Array.from({ length: perPage }, (_, i) => 1000 + i);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext();
  await serveFixtures(context);
  const started = Date.now();
  let done = 0;
  const rows = await runVariants(context, builds, seeds, {
    onVariant: () => {
      if (++done % 200 === 0) console.error(`${done} variants, ${Math.round((Date.now() - started) / 1000)} s`);
    },
  });
  await browser.close();
  const summary = summarise(rows);
  console.log(`${done} variants (${perPage} per page × ${DEMO_PAGES.length} pages), ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(
    '| site | variants | read exactly: this build | pre-change | covered probes 1024 / 1366 / 1920: this build | pre-change | placement p50 / p95 / max ms at 1920: this build | pre-change |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  const bySite = new Map();
  for (const s of summary) bySite.set(s.site, { ...bySite.get(s.site), [s.build === builds[0].name ? 'now' : 'base']: s });
  const fmt = (s) => `${s.readPct.toFixed(1)} %`;
  const cov = (s) => `${s.covered[1024]} / ${s.covered[1366]} / ${s.covered[1920]}`;
  const ms = (s) => `${s.p50ms.toFixed(2)} / ${s.p95ms.toFixed(2)} / ${s.maxMs.toFixed(1)}`;
  const none = (s, f) => (s.noAdapter === s.variants ? 'no adapter' : f(s));
  for (const [site, { now, base }] of bySite) console.log(`| ${site} | ${now.variants} | ${fmt(now)} | ${none(base, fmt)} | ${cov(now)} | ${none(base, cov)} | ${ms(now)} | ${none(base, ms)} |`);
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/layout-variants.json', JSON.stringify({ summary, failures: rows.filter((r) => !r.readExact || Object.values(r.sizes).some((z) => z.covered.length)) }, null, 1));
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', baseDir], { stdio: 'ignore' });
}
