import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes what each content script is made of (the bundler's own rendered length per module) beside the build:
 * `.output/<target>-stats/content-scripts/<name>.js.json`, and for the cores the first scripts load,
 * `.output/<target>-stats/core-<name>.js.json`. `scripts/check-bundle-budget.mjs` prints the largest
 * modules of a script over its budget from it. Nothing is added to the extension itself.
 */
export function bundleStats(): Plugin {
  return {
    name: 'kefu:bundle-stats',
    apply: 'build',
    generateBundle(output, bundle) {
      if (!output.dir) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !(chunk.fileName.startsWith('content-scripts/') || /^(core|vendor)-[a-z0-9-]+\.js$/.test(chunk.fileName))) continue;
        const modules = Object.entries(chunk.modules)
          .map(([id, m]) => ({ id: id.replace(process.cwd(), '.').replace(/\0/g, ''), bytes: m.renderedLength }))
          .filter((m) => m.bytes > 0)
          .sort((a, b) => b.bytes - a.bytes);
        const file = join(`${output.dir}-stats`, `${chunk.fileName}.json`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify({ fileName: chunk.fileName, modules }, null, 1));
      }
    },
  };
}
