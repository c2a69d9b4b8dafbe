import { describe, expect, it } from 'vitest';
import { intersects, placePanel } from '@/utils/panel/placement';

const viewport = { width: 1280, height: 800 };
const panel = { width: 300, height: 400 };

describe('placePanel', () => {
  it('docks top-right when nothing is in the way', () => {
    expect(placePanel(viewport, panel, [], 'right')).toEqual({ left: 968, top: 12 });
  });

  it('moves down, then to the other side, to keep the send area clear', () => {
    const sendArea = { left: 900, top: 0, width: 380, height: 300 };
    const spot = placePanel(viewport, panel, [sendArea], 'right');
    expect(intersects({ ...spot, ...panel }, sendArea)).toBe(false);
    const blockedRight = { left: 900, top: 0, width: 380, height: 800 };
    expect(placePanel(viewport, panel, [blockedRight], 'right').left).toBe(12);
  });

  it('keeps a dragged spot that covers nothing, and refuses one that does', () => {
    expect(placePanel(viewport, panel, [], 'right', { left: 400, top: 100 })).toEqual({ left: 400, top: 100 });
    const box = { left: 400, top: 100, width: 50, height: 50 };
    const spot = placePanel(viewport, panel, [box], 'right', { left: 400, top: 100 });
    expect(intersects({ ...spot, ...panel }, box)).toBe(false);
  });

  it('stays inside the window', () => {
    const spot = placePanel({ width: 500, height: 300 }, panel, [], 'right', { left: 9999, top: -50 });
    expect(spot).toEqual({ left: 200, top: 0 });
  });
});
