#!/usr/bin/env node
// Store check of built extension folders: no remote code and no code generation. Chrome Web Store (MV3) and Mozilla's
// review both refuse an extension that loads script, modules or WebAssembly from a server or builds code from strings.
// Usage: node scripts/check-remote-code.mjs .output/chrome-mv3 .output/firefox-mv2  (exits 1 and lists findings)
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const REMOTE = String.raw`["'\x60]\s*(?:https?:)?\/\/`;
/** Each rule: what it finds, in which files, and the pattern. Patterns look at code text (minified or not). */
export const RULES = [
  { id: 'eval', files: /\.(m?js|html)$/, pattern: /(?:^|[^\w$.])eval\s*\(/ },
  { id: 'function-constructor', files: /\.(m?js|html)$/, pattern: /(?:^|[^\w$.'"`])(?:new\s+)?Function\s*\(|[=(,:?]\s*Function\s*[,;)}]/ },
  { id: 'string-timer', files: /\.(m?js|html)$/, pattern: /(?:^|[^\w$])set(?:Timeout|Interval)\s*\(\s*["'`]/ },
  { id: 'remote-import', files: /\.(m?js|html)$/, pattern: new RegExp(String.raw`(?:^|[^\w$])import\s*\(\s*${REMOTE}`) },
  { id: 'remote-import-scripts', files: /\.(m?js|html)$/, pattern: new RegExp(String.raw`importScripts\s*\([^)]*${REMOTE}`) },
  { id: 'remote-static-import', files: /\.m?js$/, pattern: new RegExp(String.raw`(?:^|[;\n}])\s*import\s*[^;()]*?from\s*${REMOTE}`) },
  { id: 'remote-worker', files: /\.(m?js|html)$/, pattern: new RegExp(String.raw`new\s+(?:Shared)?Worker\s*\(\s*${REMOTE}`) },
  { id: 'remote-script-tag', files: /\.(m?js|html)$/, pattern: /<script[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//i },
  { id: 'remote-module-url', files: /\.(m?js|html)$/, pattern: /["'`]https?:\/\/[^"'`\s]+\.(?:m?js|wasm)(?:\?[^"'`\s]*)?["'`]/ },
  { id: 'remote-wasm', files: /\.(m?js|html)$/, pattern: /WebAssembly\.(?:instantiateStreaming|compileStreaming)\s*\(\s*fetch\s*\(\s*["'`]https?:/ },
];

/** The findings in one file's text: rule id, line and the text around it. */
export function scanText(path, text) {
  const findings = [];
  for (const rule of RULES) {
    if (!rule.files.test(path)) continue;
    const global = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const at = match.index ?? 0;
      findings.push({ rule: rule.id, path, line: text.slice(0, at).split('\n').length, near: text.slice(Math.max(0, at - 40), at + 80).replace(/\s+/g, ' ') });
    }
  }
  return findings;
}

/** The manifest may not let pages run remote or generated script (CSP), nor name a script outside the package. */
export function scanManifest(manifest, path = 'manifest.json') {
  const findings = [];
  const csp = manifest.content_security_policy;
  const policies = typeof csp === 'string' ? [csp] : Object.values(csp ?? {});
  for (const policy of policies) {
    const scriptSrc = /script-src[^;]*/.exec(policy)?.[0] ?? '';
    if (/https?:|'unsafe-eval'|\*/.test(scriptSrc) || /'unsafe-eval'/.test(policy)) findings.push({ rule: 'csp-allows-remote-or-eval', path, line: 0, near: policy });
  }
  const scripts = [...(manifest.background?.scripts ?? []), manifest.background?.service_worker, ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? [])].filter(Boolean);
  for (const script of scripts) if (/^(https?:)?\/\//.test(script)) findings.push({ rule: 'remote-manifest-script', path, line: 0, near: script });
  return findings;
}

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

export async function scanBuild(dir) {
  const findings = [];
  let scanned = 0;
  for await (const path of files(dir)) {
    const name = relative(dir, path);
    if (name === 'manifest.json') findings.push(...scanManifest(JSON.parse(await readFile(path, 'utf8')), name));
    else if (/\.(m?js|html)$/.test(name)) {
      scanned++;
      findings.push(...scanText(name, await readFile(path, 'utf8')));
    }
  }
  return { findings, scanned };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  if (!dirs.length) {
    console.error('usage: check-remote-code.mjs <build folder>…');
    process.exit(2);
  }
  let failed = false;
  for (const dir of dirs) {
    const { findings, scanned } = await scanBuild(dir);
    if (!scanned) {
      console.error(`${dir}: no scripts found (was it built?)`);
      failed = true;
    }
    for (const f of findings) console.error(`${dir}/${f.path}:${f.line}: ${f.rule}: …${f.near}…`);
    console.log(`${dir}: ${scanned} scripts and pages, ${findings.length} findings`);
    failed ||= findings.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
