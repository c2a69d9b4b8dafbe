import type { Plugin } from 'vite';

/**
 * zod 4 compiles fast parsers with the Function constructor when a probe says it may. Extension pages forbid that
 * (MV3's CSP) and store reviews reject a bundle that contains it, so the three places zod reaches for `Function` get a
 * stand-in that throws: the probe answers "no" and zod parses without generating code (as under `jitless`).
 * `scripts/check-remote-code.mjs` checks the built bundles stay free of it.
 */
const ZOD_CODEGEN = /[\\/]zod[\\/]v4[\\/]core[\\/](util|doc|compile)\.js$/;
const STAND_IN = 'function () { throw new EvalError("code generation is off in this extension"); }';

export function noCodeGeneration(): Plugin {
  return {
    name: 'kefu:no-code-generation',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_CODEGEN.test(id)) return null;
      const next = code.replaceAll('const F = Function;', `const F = ${STAND_IN};`);
      if (next === code) this.error(`${id}: zod changed how it reaches the Function constructor; update build/no-code-generation.ts`);
      return { code: next, map: null };
    },
  };
}
