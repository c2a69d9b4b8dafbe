// Where the extension's start costs CPU on one fixture page (issue 29): a CDP CPU profile from the page's load until
// the panel is ready plus a second, summed per function of the extension's scripts (self time) and per top-level
// statement's callee (inclusive time under each script's outermost frame). Names are readable with a build that is not
// minified: `KEFU_READABLE_BUILD=1 npx wxt build` writes .output/chrome-mv3-readable.
// Usage: PAGE=pinduoduo-chat [EXTENSION_DIR=.output/chrome-mv3-readable] [THROTTLE=1] [TOP=30] node test/bench/browser/core-profile.mjs
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, FIXTURE_SITES, serveFixtures } from '../../fixtures/serve.mjs';

const PAGE = process.env.PAGE ?? 'pinduoduo-chat';
const DIR = process.env.EXTENSION_DIR ?? '.output/chrome-mv3-readable';
const THROTTLE = Number(process.env.THROTTLE ?? 1);
const TOP = Number(process.env.TOP ?? 30);
const fixture = FIXTURE_SITES.flatMap(({ pages }) => pages).find((p) => p.name === PAGE);
if (!fixture) throw new Error(`no fixture page named ${PAGE}`);

const profileDir = await mkdtemp(join(tmpdir(), 'kefu-profile-'));
const extensionDir = join(profileDir, 'extension');
await cp(resolve(DIR), extensionDir, { recursive: true });
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs(extensionDir),
});
await serveFixtures(context);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await worker.evaluate(() => chrome.storage.local.set({ settings: { agent: { name: '测试', staffId: '1001' }, uiLanguage: 'zh-CN', sites: {}, panel: { dock: 'right', collapsed: false } } }));
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(fixture.url);
await page.waitForSelector('html[data-kefu-ready]', { timeout: 20_000 * THROTTLE });
await page.waitForTimeout(1000);
const { profile } = await cdp.send('Profiler.stop');
await context.close();
await rm(profileDir, { recursive: true, force: true });

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
const inclusive = (node) => (node.total ??= (self.get(node.id) ?? 0) + (node.children ?? []).reduce((n, c) => n + inclusive(byId.get(c)), 0));
const isExt = (node) => node.callFrame.url.startsWith('chrome-extension://');
const label = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;

// Self time per extension function (a frame's own samples, wherever it was called from).
const selfByName = new Map();
for (const node of profile.nodes) if (isExt(node)) selfByName.set(label(node), (selfByName.get(label(node)) ?? 0) + (self.get(node.id) ?? 0));
// Outermost extension frames (a script's evaluation, a callback) and the callees under them.
const outer = [];
const walk = (node, inExt) => {
  if (!inExt && isExt(node)) outer.push(node);
  for (const c of node.children ?? []) walk(byId.get(c), inExt || isExt(node));
};
walk(byId.get(profile.nodes[0].id), false);
const callees = new Map();
for (const node of outer)
  for (const c of node.children ?? []) {
    const child = byId.get(c);
    callees.set(label(child), (callees.get(label(child)) ?? 0) + inclusive(child));
  }
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
};
const outerByName = new Map();
for (const node of outer) outerByName.set(label(node), (outerByName.get(label(node)) ?? 0) + inclusive(node));
print(`${PAGE}, ×${THROTTLE}: outermost extension frames (inclusive)`, outerByName);
print('callees of those frames (inclusive)', callees);
print('self time per extension function', selfByName);

// The scripts' evaluation (their outermost frame at line 1): what its top-level code calls, by the module that defines
// each callee (the `//` path comments of a readable build), and self time of the top level itself.
const moduleAt = (() => {
  const cache = new Map();
  return (url, line) => {
    const file = url.split('/').pop();
    if (!cache.has(file)) {
      // A script of another origin (the page's own) has no module comments.
      const path = join(resolve(DIR), file);
      const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
      const starts = [];
      for (const [i, l] of text.split('\n').entries()) {
        const m = /^\t?\/\/ (\S+\.(?:m?js|tsx?|cjs))$/.exec(l);
        if (m) starts.push([i, m[1]]);
      }
      cache.set(file, starts);
    }
    let found = '?';
    for (const [at, name] of cache.get(file)) if (at <= line) found = name;
    return found;
  };
})();
const evaluation = outer.filter((n) => n.callFrame.lineNumber === 0);
const topCallees = new Map();
const topByModule = new Map();
for (const ev of evaluation)
  for (const c of ev.children ?? []) {
    const top = byId.get(c);
    console.log(`\nevaluation ${label(ev)}: top level ${inclusive(top).toFixed(1)} ms, its own ${(self.get(top.id) ?? 0).toFixed(1)} ms`);
    for (const c2 of top.children ?? []) {
      const child = byId.get(c2);
      const key = `${label(child)}  [${moduleAt(child.callFrame.url, child.callFrame.lineNumber)}]`;
      topCallees.set(key, (topCallees.get(key) ?? 0) + inclusive(child));
      const mod = moduleAt(child.callFrame.url, child.callFrame.lineNumber);
      topByModule.set(mod, (topByModule.get(mod) ?? 0) + inclusive(child));
    }
  }
print('what the top level calls (inclusive)', topCallees);
print('by the callee’s module', topByModule);

// Module bodies evaluated lazily (rolldown's `init_*` wrappers, reached through import() in start-core.ts): each
// module's own evaluation, without the modules it initialises in turn.
const initLines = (() => {
  const text = readFileSync(join(resolve(DIR), `core-${PAGE.replace(/-(chat|order-list|order-detail|sold-list|contact|ticket)$/, '')}.js`), 'utf8').split('\n');
  const lines = new Map();
  for (const [i, l] of text.entries()) {
    const m = /^\tvar (init_\w+) = __esmMin\(/.exec(l);
    if (m) lines.set(i, m[1]);
  }
  return lines;
})();
const isInit = (node) => isExt(node) && initLines.has(node.callFrame.lineNumber);
const ownInit = (node) =>
  (node.children ?? []).reduce(
    (n, c) => {
      const child = byId.get(c);
      return n + (isInit(child) ? 0 : ownInit(child));
    },
    self.get(node.id) ?? 0,
  );
const initTimes = new Map();
for (const node of profile.nodes)
  if (isInit(node)) {
    const key = `${moduleAt(node.callFrame.url, node.callFrame.lineNumber + 1)} (${initLines.get(node.callFrame.lineNumber)})`;
    initTimes.set(key, (initTimes.get(key) ?? 0) + ownInit(node));
  }
print('module bodies evaluated through init_* (own time, without nested inits)', initTimes);

// SUBTREE=<line>: the heaviest call paths under the outermost frames starting at that line (1-based), to a depth of 14.
if (process.env.SUBTREE) {
  const show = (node, depth) => {
    if (depth > 14 || inclusive(node) < 1) return;
    console.log(`${'  '.repeat(depth)}${inclusive(node).toFixed(1)} ms ${label(node)}`);
    for (const c of [...(node.children ?? [])]
      .map((id) => byId.get(id))
      .sort((a, b) => inclusive(b) - inclusive(a))
      .slice(0, 3))
      show(c, depth + 1);
  };
  for (const node of outer.filter((n) => n.callFrame.lineNumber + 1 === Number(process.env.SUBTREE))) show(node, 0);
}
