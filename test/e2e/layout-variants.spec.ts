import { chromium, expect, test } from '@playwright/test';
import { serveFixtures } from '../fixtures/serve.mjs';
import { bundleHarness } from '../layout/bundle.mjs';
import { runVariants, SIZES, summarise } from '../layout/run-variants.mjs';

// CI's seeded sample of the layout-mutation harness (test/layout/): every fixture page, SEEDS variants each, read by
// the adapter and placed by the tracker of this checkout at three window sizes. The full run (≥ 2,000 variants, beside
// the pre-change build) is test/bench/browser/layout-variants.mjs; its figures are in BENCHMARKS.md.
const SEEDS = Array.from({ length: Number(process.env.LAYOUT_SEEDS ?? 6) }, (_, i) => 1 + i);
/** Per site, the share of the sample read exactly as the original: the 95 % on every site. Full figures: BENCHMARKS.md. */
const READ_FLOOR: Record<string, number> = {
  // Every site reads at least 95 % of its sampled variants exactly as the original (the target, per site).
  default: 0.95,
};

test('generated layout variants: read as the original, and no probe under the panel or the rail at 1024, 1366 and 1920', async () => {
  test.setTimeout(170_000);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext();
    await serveFixtures(context);
    const rows = await runVariants(context, [{ name: 'this build', code: await bundleHarness() }], SEEDS);
    const covered = rows.flatMap((row) =>
      SIZES.flatMap(({ width }) => row.sizes[width]!.covered.map((probe: string) => `${row.page} seed ${row.seed} (${row.kinds.join('+')}) at ${width}: ${probe}`)),
    );
    expect(covered, 'probes under the panel or rail').toEqual([]);
    const below = summarise(rows).flatMap((site) => {
      const floor = READ_FLOOR[site.site] ?? READ_FLOOR.default!;
      const misread = rows.filter((r) => r.site === site.site && !r.readExact).map((r) => `${r.page} seed ${r.seed} (${r.kinds.join('+')})`);
      return site.readExact / site.variants >= floor ? [] : [`${site.site}: ${site.readExact}/${site.variants} read exactly, floor ${floor} (misread: ${misread.join(', ')})`];
    });
    expect(below, 'sites reading fewer variants exactly than their floor').toEqual([]);
  } finally {
    await browser.close();
  }
});
