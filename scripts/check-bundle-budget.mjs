#!/usr/bin/env node
// Size budget of the content scripts: each seller page gets one site's script, and it must stay small (issue 29).
// Usage: node scripts/check-bundle-budget.mjs .output/chrome-mv3 [.output/firefox-mv2]
// Exits 1 when a script is over its gzipped budget (printing its largest modules from the bundler's own figures,
// written by build/bundle-stats.ts) or holds another marketplace's adapters.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped bytes a content script may have. The aim is 80 kB per site (issue 29); the shared core (React DOM, zod,
 * libphonenumber's metadata, the i18n tables) is most of today's figure, so the budget holds today's size with a
 * little room and is lowered as parts move out of the first script (BENCHMARKS.md, "Content scripts").
 */
export const BUDGET_GZ_BYTES = 280 * 1024;
export const TARGET_GZ_BYTES = 80 * 1024;

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

/** Another marketplace's code in a site's script (its profile, plain data, may be there; its adapters may not). */
export function foreignAdapters(script, modules) {
  const own = script.replace(/\.js$/, '');
  return modules
    .map((m) => m.id.match(/utils\/sites\/([a-z0-9-]+)\/([^/]+)$/))
    .filter((hit) => hit && hit[1] !== own && hit[2] !== 'profile.ts' && !(own === 'lead-sites' && hit[1] === 'custom'))
    .map((hit) => `utils/sites/${hit[1]}/${hit[2]}`);
}

/** Problems of one built script: over budget (with its top modules) or holding foreign adapters. */
export function checkScript({ script, gzBytes, modules, budget = BUDGET_GZ_BYTES }) {
  const problems = [];
  if (gzBytes > budget) {
    const top = topGroups(modules)
      .map((g) => `    ${(g.bytes / 1024).toFixed(1).padStart(7)} kB  ${g.group}`)
      .join('\n');
    problems.push(`${script}: ${(gzBytes / 1024).toFixed(1)} kB gzipped, over its budget of ${(budget / 1024).toFixed(0)} kB. Largest parts (bundler's rendered size, before minifying):\n${top}`);
  }
  const foreign = foreignAdapters(script, modules);
  if (foreign.length) problems.push(`${script}: holds another site's adapters (${foreign.join(', ')}): import that site's module only in its own entrypoint`);
  return problems;
}

function checkFolder(dir) {
  const scriptsDir = join(dir, 'content-scripts');
  const statsDir = join(`${dir}-stats`, 'content-scripts');
  const rows = [];
  const problems = [];
  for (const script of readdirSync(scriptsDir)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const code = readFileSync(join(scriptsDir, script));
    const statsFile = join(statsDir, `${script}.json`);
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
    console.log(`${dir}: ${rows.length} content scripts, budget ${(BUDGET_GZ_BYTES / 1024).toFixed(0)} kB gzipped each (aim ${(TARGET_GZ_BYTES / 1024).toFixed(0)} kB)`);
    for (const r of rows) console.log(`  ${r.script.padEnd(18)} ${(r.bytes / 1024).toFixed(1).padStart(7)} kB  ${(r.gzBytes / 1024).toFixed(1).padStart(6)} kB gz`);
    for (const p of problems) console.error(`✗ ${p}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
