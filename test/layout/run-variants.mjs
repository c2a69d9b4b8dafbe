// Runs the layout-mutation harness: every fixture page in pages.json, each seed a variant (test/layout/mutations.ts),
// read by each build's adapter and placed by each build's tracker at three window sizes. Used by the CI spec
// (test/e2e/layout-variants.spec.ts, a seeded sample) and by the bench (test/bench/browser/layout-variants.mjs).
import { DEMO_PAGES } from '../fixtures/serve.mjs';

export const SIZES = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
/** Where the original is read and the variant compared. */
const READ_SIZE = { width: 1366, height: 768 };

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const siteOf = (file) => file.split('/')[0];

/**
 * `builds`: { name, code } bundles (the first one marks the probes). Context: a plain Chromium context with the fixture
 * routes. Returns one row per variant, build and size.
 */
export async function runVariants(context, builds, seeds, { pages = DEMO_PAGES, onVariant } = {}) {
  const init = builds.map(({ name, code }) => `${code}\n;window.__layouts = Object.assign(window.__layouts || {}, { ${JSON.stringify(name)}: window.__layout });`).join('\n');
  await context.addInitScript({ content: init });
  const tab = await context.newPage();
  const rows = [];
  for (const page of pages) {
    await tab.setViewportSize(READ_SIZE);
    // A URL that differs only in its hash would not load again: leave the page first.
    await tab.goto('about:blank');
    await tab.goto(page.url);
    await tab.evaluate(() => window.__layout.reset());
    for (const seed of seeds) {
      await tab.setViewportSize(READ_SIZE);
      // Each variant starts from the page as it loaded (no navigation: thousands of variants stay cheap).
      const { original, probes, kinds, variant } = await tab.evaluate(
        ({ names, first, regions, seed }) => {
          window.__layout.reset();
          const readAll = () => Object.fromEntries(names.map((n) => [n, window.__layouts[n].read()]));
          const original = readAll();
          const probes = window.__layouts[first].markProbes(regions);
          const kinds = window.__layouts[first].mutate(seed);
          return { original, probes, kinds, variant: readAll() };
        },
        { names: builds.map((b) => b.name), first: builds[0].name, regions: page.keepClear ?? [], seed },
      );
      const placed = {};
      for (const size of SIZES) {
        await tab.setViewportSize(size);
        // Timed at 1920 × 1080 (warm runs, the median); the other sizes place once.
        const runs = size.width === 1920 ? 5 : 1;
        placed[size.width] = await tab.evaluate(({ names, runs }) => Object.fromEntries(names.map((n) => [n, window.__layouts[n].place(runs)])), { names: builds.map((b) => b.name), runs });
      }
      for (const { name } of builds) {
        const row = {
          build: name,
          site: siteOf(page.file),
          page: page.name,
          seed,
          kinds,
          probes: probes.length,
          originalOk: original[name].ok,
          readExact: original[name].ok && same(original[name], variant[name]),
          original: original[name],
          variant: variant[name],
          sizes: Object.fromEntries(SIZES.map(({ width }) => [width, placed[width][name]])),
        };
        rows.push(row);
      }
      onVariant?.(page, seed);
    }
  }
  await tab.close();
  return rows;
}

/** Per build and site: variants, share read exactly, probes covered at each size, slowest placement at 1920. */
export function summarise(rows) {
  const out = new Map();
  for (const row of rows) {
    const key = `${row.build}|${row.site}`;
    const s = out.get(key) ?? { build: row.build, site: row.site, variants: 0, readExact: 0, noAdapter: 0, covered: Object.fromEntries(SIZES.map((z) => [z.width, 0])), rails: 0, ms1920: [] };
    s.variants++;
    if (row.original?.reason === 'no adapter') s.noAdapter++;
    if (row.readExact) s.readExact++;
    for (const { width } of SIZES) {
      s.covered[width] += row.sizes[width].covered.length;
      if (row.sizes[width].mode === 'rail') s.rails++;
    }
    s.ms1920.push(row.sizes[1920].ms);
    out.set(key, s);
  }
  return [...out.values()].map((s) => {
    const ms = s.ms1920.sort((a, b) => a - b);
    return {
      ...s,
      readPct: (100 * s.readExact) / s.variants,
      p50ms: ms[Math.floor(ms.length / 2)],
      p95ms: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))],
      maxMs: ms.at(-1),
      ms1920: undefined,
    };
  });
}
