import { describe, expect, it } from 'vitest';
import { placeMarker } from '@/utils/panel/marker-place';

const size = { width: 216, height: 38 };
const viewport = { width: 1366, height: 768 };
const reply = { left: 240, top: 650, width: 760, height: 90 };
const send = { left: 900, top: 700, width: 80, height: 32 };
const anchor = { right: 980, bottom: 644 };
const overlaps = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('the send marker', () => {
  it('sits right-aligned with the send button above the reply box when the panel is elsewhere', () => {
    expect(placeMarker(anchor, size, { left: 1040, top: 16, width: 300, height: 600 }, [reply, send], viewport)).toEqual({ left: 764, top: 606 });
  });

  it('steps aside when our panel is where it would go, touching neither the panel nor the host’s reply box', () => {
    for (const panel of [
      { left: 700, top: 300, width: 300, height: 340 },
      { left: 500, top: 500, width: 500, height: 140 },
      { left: 0, top: 0, width: 1000, height: 640 },
    ]) {
      const spot = placeMarker(anchor, size, panel, [reply, send], viewport);
      const box = { ...spot, ...size };
      expect(overlaps(box, panel), JSON.stringify(panel)).toBe(false);
      expect(overlaps(box, reply) || overlaps(box, send), JSON.stringify(panel)).toBe(false);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top + box.height).toBeLessThanOrEqual(viewport.height);
    }
  });
});
