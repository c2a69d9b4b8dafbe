// What a zh-CN screen may show: Chinese, numbers, the product and brand names below, and the data it displays
// (the host page's own text, the shop's templates). Anything else is an untranslated string or a raw code.
import type { Page } from '@playwright/test';

/** Names that stay in Latin letters in a Chinese UI (brands, file formats, keys, standard abbreviations). */
const KEPT_WORDS = new Set(
  [
    'CSV',
    'CSS',
    'XLSX',
    'JSON',
    'Excel',
    'KPI',
    'KPIs',
    'PIN',
    'URL',
    'HTTP',
    'HTTPS',
    'SQL',
    'ClickHouse',
    'Grafana',
    'ONNX',
    'WASM',
    'Chrome',
    'Chromium',
    'Firefox',
    'IndexedDB',
    'Shopee',
    'TikTok',
    'Shop',
    'Amazon',
    'Seller',
    'Central',
    'Lazada',
    'AliExpress',
    'Wish',
    'WhatsApp',
    'Telegram',
    'Line',
    'Instagram',
    'Facebook',
    'WeChat',
    'Enter',
    'Esc',
    'Tab',
    'Ctrl',
    'Alt',
    'Shift',
    'Cmd',
    'Space',
    'Backspace',
    'USD',
    'RMB',
    'CNY',
    'RUB',
    'SGD',
    'MYR',
    'THB',
    'PHP',
    'VND',
    'IDR',
    'EUR',
    'GBP',
    'UTC',
    'GMT',
    'ISO',
    'API',
    'SDK',
    'VIP',
    'SKU',
    'SPU',
    'ETA',
    'COD',
    'EMS',
    'DHL',
    'UPS',
    'FedEx',
    'SF',
    'ID',
    'IDs',
    'QQ',
    'VX',
    'App',
    'APP',
    'kefu',
    'NDJSON',
    'README',
    'Edge',
    'SLA',
    'Debian',
  ].map((w) => w.toLowerCase()),
);

const LATIN_WORD = /[A-Za-z][A-Za-z'’]{2,}/g;
/** A dotted identifier as code writes them (zh.logistics.where, douyin.chat, tone.shouting), not a host name. */
const RAW_CODE = /\b[a-z][a-zA-Z0-9]*(?:[-_][a-zA-Z0-9]+)*(?:\.[a-z][a-zA-Z0-9]*(?:[-_][a-zA-Z0-9]+)*)+\b/g;
const HOST_NAME = /^(?:[a-z0-9-]+\.)+(?:com|cn|net|org|io|test|co|my|sg|th|ph|vn|id|ru|local)$/;
/** A file's name (users.xml) is what the lead looks for, not a code to translate. */
const FILE_NAME = /\.(?:xml|json|csv|xlsx|ndjson|md|onnx|sql)$/;
const URL_TEXT = /\bhttps?:\/\/\S*/g;
const QUOTED = /[“「『]([^”」』]+)[”」』]/g;
const JSON_SHAPE = /[{,]\s*"[^"]+"\s*:/;

export interface TextProblem {
  text: string;
  why: string;
}

/** Problems of one piece of visible text in the zh-CN UI, given the data strings it may quote. */
export function zhTextProblems(whole: string, isData: (text: string) => boolean): TextProblem[] {
  if (isData(whole)) return [];
  // A quoted part that is data (改为“please wait…”, 模板「Order update」) is the data on show; the rest is checked.
  const text = whole.replace(/[“「«『]([^”」»』]+)[”」»』]/g, (quoted, inner: string) => (isData(inner) ? '“”' : quoted));
  const problems: TextProblem[] = [];
  const plain = text.replace(URL_TEXT, ' ').replace(/\b[\w-]+\.(?:xml|json|csv|xlsx|ndjson|md|onnx|sql)\b/g, ' ');
  for (const code of plain.match(RAW_CODE) ?? []) if (!HOST_NAME.test(code) && !FILE_NAME.test(code) && !isData(code)) problems.push({ text: whole, why: `raw code ${code}` });
  if (JSON_SHAPE.test(text)) problems.push({ text: whole, why: 'raw JSON' });
  // Quoted words are what the agent writes or sees elsewhere (“sorry”, “kefu-sync:”), named, not UI text.
  const english = (plain.replace(QUOTED, ' ').match(LATIN_WORD) ?? []).filter((w) => !KEPT_WORDS.has(w.toLowerCase()) && !isData(w));
  if (english.length > 0 && !problems.length) problems.push({ text: whole, why: `English: ${english.slice(0, 4).join(' ')}` });
  return problems;
}

/** Every visible text node and labelling attribute under the roots (open shadow roots and closed details included). */
export async function visibleTexts(page: Page, rootSelector: string | null): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    const roots: Node[] = [];
    if (selector === null) roots.push(document.body);
    else for (const host of document.querySelectorAll(selector)) roots.push(host.shadowRoot ?? host);
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.replace(/\s+/g, ' ').trim();
        const parent = node.parentElement;
        if (text && parent && parent.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) out.push(text);
        return;
      }
      if (node instanceof Element) {
        // translate="no" marks what is not words to translate: an id, a hash, a format example, a code field.
        if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName) || node.getAttribute('translate') === 'no') return;
        if (node instanceof HTMLDetailsElement) node.open = true;
        // A text area's content is what the lead wrote (JSON rules, cue words): data, not UI text.
        const isEditor = node instanceof HTMLTextAreaElement;
        for (const name of ['placeholder', 'title', 'aria-label', 'alt']) {
          const value = node.getAttribute(name)?.trim();
          if (value) out.push(value);
        }
        if (node instanceof HTMLInputElement && ['button', 'submit'].includes(node.type) && node.value) out.push(node.value);
        if (node.shadowRoot) visit(node.shadowRoot);
        if (isEditor) return;
      }
      for (const child of node.childNodes) visit(child);
    };
    for (const root of roots) visit(root);
    // details opened above render their content now: walk once more for it.
    out.length = 0;
    for (const root of roots) visit(root);
    return out;
  }, rootSelector);
}
