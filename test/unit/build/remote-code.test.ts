import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module (the CI step runs it with node)
import { scanManifest, scanText } from '../../../scripts/check-remote-code.mjs';

type Finding = { rule: string };
const rules = (path: string, text: string) => (scanText(path, text) as Finding[]).map((f) => f.rule);

describe('the store check for remote code', () => {
  it.each([
    ['eval', 'var x=1;eval("alert(1)")'],
    ['function-constructor', 'const f=new Function("a","return a")'],
    ['function-constructor', 'let e=Function,t=1;new e("x")'],
    ['function-constructor', 'return Function(`return this`)()'],
    ['string-timer', 'setTimeout("doIt()",10)'],
    ['remote-import', 'await import("https://cdn.example.com/m.js")'],
    ['remote-import', "import('//cdn.example.com/m.js')"],
    ['remote-import-scripts', 'importScripts("https://cdn.example.com/sw.js")'],
    ['remote-static-import', 'import{a}from"https://esm.sh/react"'],
    ['remote-worker', 'new Worker("https://x.example.com/w.js")'],
    ['remote-script-tag', 'el.innerHTML=\'<script src="https://x.example.com/a.js"></script>\''],
    ['remote-module-url', 's.src="https://x.example.com/lib.js?v=2"'],
    ['remote-wasm', 'WebAssembly.instantiateStreaming(fetch("https://x.example.com/a.wasm"))'],
  ])('finds %s in %s', (rule, code) => {
    expect(rules('a.js', code)).toContain(rule);
  });

  it('passes ordinary code that only looks close', () => {
    const fine = [
      'a.evaluate(x);obj.eval(1);const medieval=(y)=>y',
      'typeof f=="function";isFunction(x);x instanceof Function',
      'setTimeout(()=>run(),10)',
      'await import("./chunks/a.js")',
      'fetch("https://shop.example.com/api/orders")',
      'const help="https://developer.chrome.com/docs/extensions"',
      'new Worker(new URL("./w.js",import.meta.url))',
    ].join(';\n');
    expect(rules('a.js', fine)).toEqual([]);
  });

  it('catches the code generation in zod as published (the build plugin is what removes it)', async () => {
    for (const file of ['doc.js', 'util.js', 'compile.js']) {
      expect(rules(file, await readFile(`node_modules/zod/v4/core/${file}`, 'utf8'))).toContain('function-constructor');
    }
  });

  it('refuses a manifest whose CSP allows remote script or eval, or that names a remote script', () => {
    expect((scanManifest({ content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" } }) as Finding[]).length).toBe(0);
    expect((scanManifest({ content_security_policy: { extension_pages: "script-src 'self' https://cdn.example.com" } }) as Finding[])[0]?.rule).toBe('csp-allows-remote-or-eval');
    expect((scanManifest({ content_security_policy: "script-src 'self' 'unsafe-eval'" }) as Finding[])[0]?.rule).toBe('csp-allows-remote-or-eval');
    expect((scanManifest({ content_scripts: [{ js: ['https://x.example.com/a.js'] }] }) as Finding[])[0]?.rule).toBe('remote-manifest-script');
  });
});
