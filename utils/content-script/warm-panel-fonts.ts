/**
 * The panel's font faces, loaded one per task before the panel is first laid out (issue 29). Blink loads a face the
 * page has not used yet (a family, or a weight of it) inside the first layout that needs it: 20–60 ms a face on the
 * benchmark machine, which made the panel's first layout one long task of the host page. Laying out a line of each
 * face the panel uses, in a hidden copy of the panel's own stylesheet, moves each load into a task of its own; the
 * faces stay in the renderer's font cache for the real panel.
 */
/** Han, Latin and Cyrillic (cross-border shops write to buyers in English and Russian): each script may need a face of its own. */
const SAMPLE = '客服助手，您好！订单 Aa0 Здравствуйте';
/** What the panel's text is set in: its text, its 600 headings and buttons, and `<kbd>`/`<code>` (monospace). */
export const PANEL_FONT_FACES = [
  { tag: 'span', weight: '400' },
  { tag: 'span', weight: '600' },
  { tag: 'code', weight: '400' },
] as const;

/** One function per task: each lays out one face; the last removes the hidden copy. */
export function panelFontWarmSteps(css: string, doc: Document = document): (() => void)[] {
  let host: HTMLElement | undefined;
  let panel: HTMLElement | undefined;
  const attach = () => {
    host = doc.createElement('kefu-font-warm');
    host.style.cssText = 'position:fixed;left:-10000px;top:0;visibility:hidden;pointer-events:none;contain:strict;width:1px;height:1px';
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = css;
    panel = doc.createElement('div');
    panel.className = 'kefu-panel';
    panel.setAttribute('aria-hidden', 'true');
    shadow.append(style, panel);
    (doc.body ?? doc.documentElement).append(host);
  };
  const layOut =
    ({ tag, weight }: (typeof PANEL_FONT_FACES)[number]) =>
    () => {
      if (!host) attach();
      const line = doc.createElement(tag);
      line.style.fontWeight = weight;
      line.textContent = SAMPLE;
      panel?.append(line);
      line.getBoundingClientRect();
    };
  return [...PANEL_FONT_FACES.map(layOut), () => host?.remove()];
}
