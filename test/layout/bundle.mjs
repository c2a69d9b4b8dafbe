// Bundles the layout harness (test/layout/page-harness.ts) into one script for a fixture page, against the code of a
// source tree: this checkout, or another commit's worktree (`root`), so a pre-change build is measured the same way.
import { build } from 'rolldown';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The harness as an IIFE script; `root` is the source tree `@/` points at. */
export async function bundleHarness(root = resolve(HERE, '../..')) {
  const result = await build({
    input: join(HERE, 'page-harness.ts'),
    platform: 'browser',
    // The alias alone decides what `@/` means: the checkout's own tsconfig paths would point every build here.
    tsconfig: false,
    write: false,
    resolve: { alias: { '@': root }, modules: [join(root, 'node_modules'), join(HERE, '../../node_modules'), 'node_modules'] },
    transform: { define: { 'import.meta.env.WXT_E2E_BUILD': 'false', 'process.env.NODE_ENV': '"production"' } },
    output: { format: 'iife', minify: false },
    logLevel: 'silent',
  });
  return result.output[0].code;
}
