// Which mutations break reading, per site: this build only, a bounded seed range. For work on the adapters'
// fallbacks (not part of CI). Run: `SEEDS=1000-1040 node test/layout/diagnose.mjs` (writes test-results/layout-diagnose.json).
import { chromium } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveFixtures } from '../fixtures/serve.mjs';
import { bundleHarness } from './bundle.mjs';
import { runVariants } from './run-variants.mjs';

const [from, to] = (process.env.SEEDS ?? '1000-1040').split('-').map(Number);
const seeds = Array.from({ length: to - from }, (_, i) => from + i);
const code = await bundleHarness(resolve('.'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext();
await serveFixtures(context);
const rows = await runVariants(context, [{ name: 'this build', code }], seeds);
await browser.close();
const bySite = new Map();
for (const row of rows) {
  const s = bySite.get(row.page) ?? { n: 0, ok: 0, kinds: {}, fields: {} };
  s.n++;
  if (row.readExact) s.ok++;
  else {
    for (const k of row.kinds) s.kinds[k] = (s.kinds[k] ?? 0) + 1;
    for (const f of Object.keys(row.original ?? {})) if (JSON.stringify(row.original[f]) !== JSON.stringify(row.variant?.[f])) s.fields[f] = (s.fields[f] ?? 0) + 1;
  }
  bySite.set(row.page, s);
}
for (const [page, s] of bySite) console.log(`${page}: ${s.ok}/${s.n}  fields ${JSON.stringify(s.fields)}  kinds ${JSON.stringify(s.kinds)}`);
await mkdir('test-results', { recursive: true });
await writeFile(
  'test-results/layout-diagnose.json',
  JSON.stringify(
    rows.filter((r) => !r.readExact),
    null,
    1,
  ),
);
