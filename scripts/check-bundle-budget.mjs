#!/usr/bin/env node
// Size budget of the content scripts: each seller page gets one site's first script, which must stay small, and
// after the page painted the vendor scripts (React and React DOM; zod and libphonenumber) and that script's core
// (issue 29).
// Usage: node scripts/check-bundle-budget.mjs .output/chrome-mv3 [.output/firefox-mv2]
// Exits 1 when a script is over its gzipped budget (printing its largest modules from the bundler's own figures,
// written by build/bundle-stats.ts), a first script holds any site's code, a core another marketplace's adapters or
// a vendor package, or a vendor script the product's own code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped bytes a site's first script (`content-scripts/<site>.js`, what the page runs at its start) may have: today's
 * 5.4 kB with a little room. The aim was 80 kB (issue 29, BENCHMARKS.md "Content scripts").
 */
export const BUDGET_GZ_BYTES = 8 * 1024;
export const TARGET_GZ_BYTES = 80 * 1024;
/**
 * Gzipped bytes of a core (`core-<site>.js`, injected once the page is idle): zod, libphonenumber's metadata, the i18n
 * tables, the adapters, the panel and the features. 270–273 kB with React DOM when the cores were split off; 276–280
 * kB once the one insert flow with its snippet form, the learned words and the built-in data's English wording
 * (playbooks, rule messages, tips) were merged; 218–222 kB once React and React DOM moved to the vendor script and the
 * core was evaluated a module group per task (start-core.ts: its lazy module wrappers and the namespaces they keep
 * whole, zod's `z`, cost ~9 kB gz); 157–161 kB once zod and libphonenumber moved to a vendor script of their own (its
 * compile was one long task of the page). It is no longer what a page parses at its start.
 */
export const CORE_BUDGET_GZ_BYTES = 172 * 1024;
/**
 * Gzipped bytes of each vendor script injected before a core: `vendor-react.js` (React, React DOM) 66.6 kB,
 * `vendor-libs.js` (zod's members the cores use, libphonenumber's finder and metadata) 62.3 kB.
 */
export const VENDOR_BUDGET_GZ_BYTES = 72 * 1024;
/** The packages only the vendor scripts hold (utils/content-script/vendor-names.ts): a core bundling one has it twice. */
export const VENDOR_PACKAGES = ['react', 'react-dom', 'scheduler', 'zod', 'libphonenumber-js'];

/** The package or source folder a module id belongs to: `react-dom`, `utils/content`. */
export function moduleGroup(id) {
  const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return id.replace(/^\.\//, '').split('/').slice(0, 2).join('/');
}

/** Largest groups first: `[{ group, bytes }]`. */
export function topGroups(modules, count = 12) {
  const bytes = new Map();
  for (const m of modules) bytes.set(moduleGroup(m.id), (bytes.get(moduleGroup(m.id)) ?? 0) + m.bytes);
  return [...bytes]
    .map(([group, n]) => ({ group, bytes: n }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

/** Another marketplace's code in a site's core (its profile, plain data, may be there; its adapters may not). */
export function foreignAdapters(script, modules) {
  const own = script.replace(/\.js$/, '').replace(/^core-/, '');
  return modules
    .map((m) => m.id.match(/utils\/sites\/([a-z0-9-]+)\/([^/]+)$/))
    .filter((hit) => hit && hit[1] !== own && hit[2] !== 'profile.ts' && !(own === 'lead-sites' && hit[1] === 'custom'))
    .map((hit) => `utils/sites/${hit[1]}/${hit[2]}`);
}

/** Any site's code in a first script (it carries none: the background checks the page, the core reads it). */
export const siteCode = (modules) => modules.map((m) => m.id.match(/utils\/sites\/.+$/)?.[0]).filter(Boolean);

/** Problems of one built script: over budget (with its top modules), or holding code it must not. */
const budgetOf = (script) => (script.startsWith('core-') ? CORE_BUDGET_GZ_BYTES : script.startsWith('vendor-') ? VENDOR_BUDGET_GZ_BYTES : BUDGET_GZ_BYTES);

export function checkScript({ script, gzBytes, modules, budget = budgetOf(script) }) {
  const problems = [];
  if (gzBytes > budget) {
    const top = topGroups(modules)
      .map((g) => `    ${(g.bytes / 1024).toFixed(1).padStart(7)} kB  ${g.group}`)
      .join('\n');
    problems.push(`${script}: ${(gzBytes / 1024).toFixed(1)} kB gzipped, over its budget of ${(budget / 1024).toFixed(0)} kB. Largest parts (bundler's rendered size, before minifying):\n${top}`);
  }
  if (script.startsWith('core-')) {
    const foreign = foreignAdapters(script, modules);
    if (foreign.length) problems.push(`${script}: holds another site's adapters (${foreign.join(', ')}): import that site's module only in its own entrypoint`);
    const vendor = [...new Set(modules.map((m) => moduleGroup(m.id)).filter((group) => VENDOR_PACKAGES.includes(group)))];
    if (vendor.length) problems.push(`${script}: bundles ${vendor.join(', ')}, which a vendor script holds: add the import to utils/content-script/vendor-names.ts`);
  } else if (script.startsWith('vendor-')) {
    const own = modules.map((m) => m.id).filter((id) => /^\.\/(utils|components)\//.test(id) && !id.endsWith('/vendor-names.ts'));
    if (own.length) problems.push(`${script}: a vendor script holds the product's own code (${own.slice(0, 5).join(', ')}): only packages belong there`);
  } else {
    const sites = siteCode(modules);
    if (sites.length) problems.push(`${script}: a first script holds site code (${sites.slice(0, 5).join(', ')}): import it in entrypoints/core-<site>.ts instead`);
  }
  return problems;
}

function checkFolder(dir) {
  const rows = [];
  const problems = [];
  const firstScripts = readdirSync(join(dir, 'content-scripts'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => `content-scripts/${f}`);
  const cores = readdirSync(dir)
    .filter((f) => /^(core|vendor)-[a-z0-9-]+\.js$/.test(f))
    .sort();
  if (!cores.length) problems.push(`${dir}: no core-<site>.js beside the first scripts`);
  for (const file of [...firstScripts, ...cores]) {
    const script = file.replace(/^content-scripts\//, '');
    const code = readFileSync(join(dir, file));
    const statsFile = join(`${dir}-stats`, `${file}.json`);
    if (!existsSync(statsFile)) {
      problems.push(`${script}: no module figures at ${statsFile} (build/bundle-stats.ts did not run: build with wxt.config.ts)`);
      continue;
    }
    const { modules } = JSON.parse(readFileSync(statsFile, 'utf8'));
    const gzBytes = gzipSync(code, { level: 9 }).length;
    rows.push({ script, bytes: code.length, gzBytes });
    problems.push(...checkScript({ script, gzBytes, modules }));
  }
  return { rows, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  if (!dirs.length) {
    console.error('usage: node scripts/check-bundle-budget.mjs <built extension folder>…');
    process.exit(2);
  }
  let failed = false;
  for (const dir of dirs) {
    const { rows, problems } = checkFolder(dir);
    const kB = (n) => (n / 1024).toFixed(0);
    console.log(
      `${dir}: ${rows.length} scripts; budget ${kB(BUDGET_GZ_BYTES)} kB gzipped per first script (aim ${kB(TARGET_GZ_BYTES)} kB), ${kB(CORE_BUDGET_GZ_BYTES)} kB per core, ${kB(VENDOR_BUDGET_GZ_BYTES)} kB per vendor script`,
    );
    for (const r of rows) console.log(`  ${r.script.padEnd(22)} ${(r.bytes / 1024).toFixed(1).padStart(7)} kB  ${(r.gzBytes / 1024).toFixed(1).padStart(6)} kB gz`);
    for (const p of problems) console.error(`✗ ${p}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
