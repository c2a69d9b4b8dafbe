// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PANEL_FONT_FACES, panelFontWarmSteps } from '@/utils/content-script/warm-panel-fonts';

describe('panelFontWarmSteps', () => {
  it('lays out one face per step in a hidden copy of the panel, and removes it in the last', () => {
    const css = '.kefu-panel { font: 13px sans-serif; }';
    const steps = panelFontWarmSteps(css, document);
    expect(steps).toHaveLength(PANEL_FONT_FACES.length + 1);
    const before = document.body.children.length;
    steps[0]!();
    const host = document.body.lastElementChild as HTMLElement;
    expect(host.tagName.toLowerCase()).toBe('kefu-font-warm');
    expect(host.style.visibility).toBe('hidden');
    // Closed: the page cannot read it.
    expect(host.shadowRoot).toBeNull();
    for (const step of steps.slice(1, -1)) step();
    expect(document.body.children.length).toBe(before + 1);
    steps.at(-1)!();
    expect(document.body.children.length).toBe(before);
  });

  it('warms every weight panel.css sets (a new one there needs its own step)', () => {
    const css = readFileSync('components/panel/panel.css', 'utf8');
    const weights = new Set([...css.matchAll(/font-weight:\s*([^;]+);/g)].map((m) => m[1]!.trim()).filter((w) => w !== 'inherit'));
    const normal = (w: string) => (w === 'normal' ? '400' : w === 'bold' ? '700' : w);
    const warmed = new Set(PANEL_FONT_FACES.map((f) => f.weight));
    expect([...weights].map(normal).filter((w) => !warmed.has(w as never))).toEqual([]);
  });
});
