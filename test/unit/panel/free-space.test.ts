import { describe, expect, it } from 'vitest';
import { buildContentMap, contentUnder, type ContentItem } from '@/utils/panel/free-space';
import { intersects, placePanel, type Rect } from '@/utils/panel/placement';

const HD = { width: 1920, height: 1080 };
const panel = { width: 300, height: 520 };
const text = (left: number, top: number, width: number, height = 20): ContentItem => ({ rect: { left, top, width, height }, kind: 'text' });
const box = (spot: { left: number; top: number }, size = panel) => ({ left: spot.left, top: spot.top, width: size.width, height: size.height });

describe('the free-space map', () => {
  it('weighs the content under any rectangle, controls more than text', () => {
    const map = buildContentMap({ width: 400, height: 300 }, [text(0, 0, 80, 16), { rect: { left: 200, top: 200, width: 40, height: 16 }, kind: 'control' }]);
    expect(contentUnder(map, { left: 0, top: 0, width: 80, height: 16 })).toBe(80 * 16);
    expect(contentUnder(map, { left: 200, top: 200, width: 40, height: 16 })).toBe(40 * 16 * 4);
    expect(contentUnder(map, { left: 100, top: 40, width: 80, height: 80 })).toBe(0);
  });
});

describe('placePanel on a measured page', () => {
  // A chat page: list of conversations on the left, an order column on the right (both columns of content),
  // bubbles in the middle, the newest message near the bottom.
  const list: Rect = { left: 0, top: 0, width: 260, height: 1080 };
  const orders: Rect = { left: 1600, top: 0, width: 320, height: 1080 };
  const reply: Rect = { left: 260, top: 920, width: 1340, height: 160 };
  const bubbles = [text(280, 80, 420), text(1180, 140, 400), text(280, 200, 380), text(1220, 260, 360), text(280, 860, 300)];
  const listText = Array.from({ length: 20 }, (_, i) => text(12, 20 + i * 50, 200));
  const map = buildContentMap(HD, [...bubbles, ...listText], [list, orders]);

  it('covers no column of content and no text while a clear spot exists, whatever the adapter names', () => {
    const spot = placePanel(HD, panel, [reply], 'right', undefined, { content: map });
    expect(spot.mode).toBe('panel');
    for (const column of [list, orders, reply]) expect(intersects(box(spot), column)).toBe(false);
    expect(contentUnder(map, box(spot))).toBe(0);
  });

  it('keeps the newest messages in view like a protected region', () => {
    const newest: Rect = { left: 260, top: 700, width: 1340, height: 200 };
    const spot = placePanel(HD, { width: 300, height: 900 }, [reply], 'right', undefined, { content: map, keepInView: [newest] });
    expect(intersects(box(spot, { width: 300, height: Math.min(900, spot.maxHeight) }), newest)).toBe(false);
  });

  it('never covers a column for the panel: with no other room it becomes a rail that covers nothing, not even text', () => {
    const small = { width: 1024, height: 640 };
    // The chat between the two columns is narrower than the panel.
    const narrowMap = buildContentMap(
      small,
      [text(390, 40, 250), text(390, 100, 200), text(450, 160, 200), text(390, 300, 150)],
      [
        { left: 0, top: 0, width: 380, height: 640 },
        { left: 660, top: 0, width: 364, height: 640 },
      ],
    );
    const chatReply = { left: 380, top: 520, width: 280, height: 120 };
    const spot = placePanel(small, { width: 300, height: 520 }, [chatReply], 'right', undefined, { content: narrowMap, rail: { width: 240, height: 34 } });
    expect(spot.mode).toBe('rail');
    const rail = { left: spot.left, top: spot.top, width: 240, height: 34 };
    for (const column of [...narrowMap.columns, chatReply]) expect(intersects(rail, column)).toBe(false);
    expect(contentUnder(narrowMap, rail)).toBe(0);
  });

  it('places in well under 2 ms on a 1920×1080 page full of text', () => {
    const dense = Array.from({ length: 3000 }, (_, i) => text(260 + ((i * 37) % 1300), (i * 53) % 1060, 40 + (i % 80), 18));
    const denseMap = buildContentMap(HD, dense, [list, orders]);
    for (let i = 0; i < 30; i++) placePanel(HD, panel, [reply], 'right', undefined, { content: denseMap });
    // The median call (the machine is shared: one slow call is the neighbours, a slow median is us).
    const times = Array.from({ length: 60 }, () => {
      const started = performance.now();
      placePanel(HD, panel, [reply], 'right', undefined, { content: denseMap });
      return performance.now() - started;
    }).sort((a, b) => a - b);
    expect(times[30]).toBeLessThan(2);
  });
});

describe('the rail when every spot touches a column of content', () => {
  // 1024 × 640: a conversation list, the conversation (short messages at its bottom) and an order column whose
  // class the host renamed (measured as a column, not named by the adapter), edge to edge.
  const small = { width: 1024, height: 640 };
  const list = { left: 0, top: 0, width: 260, height: 640 };
  const conversation = { left: 260, top: 0, width: 484, height: 640 };
  const orders = { left: 744, top: 0, width: 280, height: 640 };
  const messages = [text(280, 420, 300), text(420, 470, 300), text(280, 520, 260)];
  const map = buildContentMap(small, [...messages, text(10, 10, 200), text(760, 20, 200), text(760, 60, 200)], [list, conversation, orders]);
  const rows = messages.map((m) => m.rect);

  it('sits in the conversation’s empty part, on no text and in no other column', () => {
    const at = placePanel(small, panel, [], 'right', undefined, { content: map, avoid: rows, rail: { width: 240, height: 34 } });
    expect(at.mode).toBe('rail');
    const rail = { left: at.left, top: at.top, width: 240, height: 34 };
    expect(intersects(rail, orders) || intersects(rail, list)).toBe(false);
    expect(contentUnder(map, rail)).toBe(0);
  });

  it('without a known conversation it keeps the least-covering spot, on no text', () => {
    const at = placePanel(small, panel, [], 'right', undefined, { content: map, rail: { width: 240, height: 34 } });
    const rail = { left: at.left, top: at.top, width: 240, height: 34 };
    expect(contentUnder(map, rail)).toBe(0);
  });
});
