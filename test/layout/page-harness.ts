/**
 * The layout-mutation harness inside a fixture page (bundled by test/layout/bundle.mjs, for this build or another
 * commit's): reads the page with its adapter, marks the probes on the original, mutates it, reads it again and places
 * a panel of the real size with the build's own placement tracker.
 */
import * as tracker from '@/utils/content/placement-tracker';
import { adapterFor } from '@/utils/sites';
import { mutatePage, type Mutation } from './mutations';

export interface Reading {
  ok: boolean;
  reason?: string;
  buyer?: string;
  messages: [string, string][];
  orders: string[];
}

/** The full panel as the extension draws it: 300 px wide, a header and a body (buyer, suggestions, orders). */
const PANEL = { width: 300, header: 32, body: 488 };

const adapter = () => adapterFor(new URL(location.href));

function read(): Reading {
  const found = adapter()?.snapshot(document);
  if (!found) return { ok: false, reason: 'no adapter', messages: [], orders: [] };
  if (!found.ok) return { ok: false, reason: found.reason, messages: [], orders: [] };
  const { buyer, messages, orders } = found.snapshot;
  return {
    ok: true,
    buyer: buyer ? (buyer.id ? `${buyer.idKind}:${buyer.id}` : `nick:${buyer.displayName}`) : undefined,
    messages: messages.map((m) => [m.direction, m.text.replace(/\s+/g, ' ').trim()]),
    orders: orders.map((o) => o.orderNo).sort(),
  };
}

const normal = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Marks what must stay in view on the original page: the adapter's reply box and send control, the page's named regions, the latest buyer message. */
function markProbes(regions: readonly string[]): string[] {
  const a = adapter();
  const marked: string[] = [];
  const mark = (el: Element | null | undefined, name: string) => {
    if (!el || el.hasAttribute('data-probe')) return;
    el.setAttribute('data-probe', name);
    marked.push(name);
  };
  mark(a?.chatInput?.(document), 'reply box');
  mark(a?.sendButton?.(document), 'send button');
  for (const selector of regions) document.querySelectorAll(selector).forEach((el, i) => mark(el, i ? `${selector} #${i + 1}` : selector));
  const latest = read()
    .messages.filter(([side]) => side === 'buyer')
    .at(-1)?.[1];
  if (latest && latest !== '[图片]') {
    const holders = [...document.body.querySelectorAll('*')].filter((el) => normal(el) === latest && !el.closest('[data-probe]'));
    mark(holders.at(-1), 'latest buyer message');
  }
  return marked;
}

interface Placed {
  mode: 'panel' | 'rail' | 'none';
  box: { left: number; top: number; width: number; height: number };
  ms: number;
  covered: string[];
  probes: number;
}

/** Places a panel with the build's tracker at the current window size and says which probes it lands on. */
function place(runs = 1): Placed {
  const a = adapter();
  // A build from before a site existed has nothing to place there.
  if (!a) return { mode: 'none', box: { left: 0, top: 0, width: 0, height: 0 }, ms: 0, covered: [], probes: 0 };
  document.querySelector('[data-layout-harness]')?.remove();
  const host = document.createElement('kefu-panel');
  host.setAttribute('data-layout-harness', '');
  const section = document.createElement('section');
  section.className = 'kefu-panel';
  Object.assign(section.style, { position: 'fixed', width: `${PANEL.width}px`, left: '-9999px', top: '0', zIndex: '2147483000', background: '#fff' });
  const header = document.createElement('header');
  header.style.height = `${PANEL.header}px`;
  const body = document.createElement('div');
  body.className = 'kefu-body';
  body.style.height = `${PANEL.body}px`;
  section.append(header, body);
  host.append(section);
  document.body.append(host);
  // A fresh tracker measures the page anew: its cost is the whole placement (measuring plus choosing). The first runs
  // compile the code (a page session places many times), so the figure is the median of the runs after them.
  const times: number[] = [];
  let at = { mode: 'panel' as 'panel' | 'rail', left: 0, top: 0, maxHeight: 0 };
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const t = tracker.trackPlacement(a, document, () => 'right');
    t.attach(section);
    at = t.position.value;
    if (run >= Math.min(2, runs - 1)) times.push(performance.now() - started);
    t.dispose();
  }
  const ms = times.sort((x, y) => x - y)[Math.floor(times.length / 2)]!;
  const rail = (tracker as { RAIL?: { width: number; height: number } }).RAIL ?? { width: 200, height: 34 };
  const box =
    at.mode === 'rail'
      ? { left: at.left, top: at.top, width: rail.width, height: rail.height }
      : { left: at.left, top: at.top, width: PANEL.width, height: Math.min(PANEL.header + PANEL.body + 2, at.maxHeight, innerHeight * 0.92) };
  host.remove();
  const covered: string[] = [];
  const probes = [...document.querySelectorAll('[data-probe]')];
  for (const el of probes) {
    const r = el.getBoundingClientRect();
    const left = Math.max(0, r.left);
    const top = Math.max(0, r.top);
    const right = Math.min(innerWidth, r.right);
    const bottom = Math.min(innerHeight, r.bottom);
    if (right - left < 2 || bottom - top < 2) continue;
    // A 3 × 3 grid of points inside the probe: one under the panel or rail is a covered probe.
    let hit = false;
    for (const fx of [0.1, 0.5, 0.9])
      for (const fy of [0.1, 0.5, 0.9]) {
        const x = left + (right - left) * fx;
        const y = top + (bottom - top) * fy;
        if (x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height) hit = true;
      }
    if (hit) covered.push(el.getAttribute('data-probe')!);
  }
  return { mode: at.mode, box, ms, covered, probes: probes.length };
}

/** The page as it loaded (with its open shadow roots, which a clone leaves out), so each variant starts from it without a navigation. */
let pristine: { root: Element; shadows: [number, string][] } | undefined;
function reset(): void {
  if (!pristine) {
    const shadows = [...document.querySelectorAll('*')].flatMap((el, i): [number, string][] => (el.shadowRoot ? [[i, el.shadowRoot.innerHTML]] : []));
    pristine = { root: document.documentElement.cloneNode(true) as Element, shadows };
    return;
  }
  document.replaceChild(pristine.root.cloneNode(true), document.documentElement);
  const all = document.querySelectorAll('*');
  for (const [i, html] of pristine.shadows) {
    const host = all[i];
    // A custom element may have made its own (empty) root when the clone went in: it gets the loaded one's content.
    if (host) (host.shadowRoot ?? host.attachShadow({ mode: 'open' })).innerHTML = html;
  }
}

declare global {
  interface Window {
    __layout: { read: typeof read; markProbes: typeof markProbes; mutate: (seed: number, kinds?: Mutation[]) => Mutation[]; place: typeof place; reset: typeof reset };
  }
}

window.__layout = { read, markProbes, mutate: (seed, kinds) => mutatePage(document, seed, kinds), place, reset };
