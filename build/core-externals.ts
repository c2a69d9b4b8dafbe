import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';
import { VENDOR_GLOBAL, VENDOR_MODULES } from '../utils/content-script/vendor-names';

/**
 * A core (`core-<site>`, an unlisted script WXT builds as its own IIFE) gets React and React DOM from the vendor script
 * the background injects before it: those imports are externals read from the isolated world's `VENDOR_GLOBAL`.
 * Every other build (the vendor script itself, the first scripts, pages, the background) bundles them as usual.
 */
export function coreExternals(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (entrypoints.length !== 1 || entrypoints[0]!.type !== 'unlisted-script' || !entrypoints[0]!.name.startsWith('core-')) return;
  const ids = Object.keys(VENDOR_MODULES);
  config.build ??= {};
  config.build.rollupOptions ??= {};
  config.build.rollupOptions.external = ids;
  const output = config.build.rollupOptions.output;
  const globals = Object.fromEntries(Object.entries(VENDOR_MODULES).map(([id, key]) => [id, `${VENDOR_GLOBAL}.${key}`]));
  if (Array.isArray(output)) throw new Error('core-externals: one output expected for a core');
  config.build.rollupOptions.output = { ...output, globals };
  config.resolve ??= {};
  const alias = { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: SHIM };
  config.resolve.alias = [...(Array.isArray(config.resolve.alias) ? config.resolve.alias : Object.entries(config.resolve.alias ?? {}).map(([find, replacement]) => ({ find, replacement }))), alias];
  config.plugins = [...(config.plugins ?? []), noRequireOfVendor()];
}

const SHIM = fileURLToPath(new URL('./use-sync-external-store.ts', import.meta.url));

/** A CommonJS `require` of a vendor package left in a core would throw when that module runs (no `require` there). */
function noRequireOfVendor(): Plugin {
  const required = new RegExp(`\\brequire\\((["'\`])(${Object.keys(VENDOR_MODULES).join('|')})\\1\\)`);
  return {
    name: 'kefu:no-require-of-vendor',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && required.test(chunk.code))
          this.error(`${chunk.fileName} requires ${required.exec(chunk.code)![2]} at run time: alias its CommonJS user to an ES module (build/core-externals.ts)`);
    },
  };
}
