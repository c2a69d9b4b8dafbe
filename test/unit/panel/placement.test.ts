import { describe, expect, it } from 'vitest';
import { intersects, placePanel } from '@/utils/panel/placement';

const viewport = { width: 1280, height: 800 };
const panel = { width: 300, height: 400 };

describe('placePanel', () => {
  it('docks top-right when nothing is in the way', () => {
    expect(placePanel(viewport, panel, [], 'right')).toMatchObject({ mode: 'panel', left: 968, top: 12 });
  });

  it('moves down, then to the other side, to keep the send area clear', () => {
    const sendArea = { left: 900, top: 0, width: 380, height: 300 };
    const spot = placePanel(viewport, panel, [sendArea], 'right');
    expect(intersects({ ...spot, ...panel }, sendArea)).toBe(false);
    const blockedRight = { left: 900, top: 0, width: 380, height: 800 };
    // As near the docked side as the host allows: right beside the blocked column, not across the window.
    const beside = placePanel(viewport, panel, [blockedRight], 'right');
    expect(beside.left + panel.width).toBeLessThanOrEqual(900);
    expect(beside.left + panel.width).toBeGreaterThan(860);
  });

  it('keeps a dragged spot that covers nothing, and refuses one that does', () => {
    expect(placePanel(viewport, panel, [], 'right', { left: 400, top: 100 })).toMatchObject({ left: 400, top: 100 });
    const box = { left: 400, top: 100, width: 50, height: 50 };
    const spot = placePanel(viewport, panel, [box], 'right', { left: 400, top: 100 });
    expect(intersects({ ...spot, ...panel }, box)).toBe(false);
  });

  it('stays inside the window', () => {
    const spot = placePanel({ width: 500, height: 300 }, panel, [], 'right', { left: 9999, top: -50 });
    expect(spot).toMatchObject({ left: 200, top: 0 });
  });

  it('uses the free height of its spot, and never the host columns', () => {
    const orderColumn = { left: 1020, top: 0, width: 260, height: 800 };
    const replyBox = { left: 220, top: 690, width: 800, height: 110 };
    const spot = placePanel(viewport, { width: 300, height: 900 }, [orderColumn, replyBox], 'right');
    expect(spot.mode).toBe('panel');
    expect(spot.left + 300).toBeLessThanOrEqual(1020);
    expect(spot.top + spot.maxHeight).toBeLessThanOrEqual(690);
    expect(spot.maxHeight).toBeGreaterThan(600);
  });

  it('takes a spot that holds the whole panel over a short one on the docked side that would cut off its end', () => {
    const view = { width: 1366, height: 768 };
    // An order list's remark drawer, open at the top right: below it only 420 px are left.
    const drawer = { left: 890, top: 120, width: 452, height: 208 };
    const tall = { width: 300, height: 640 };
    const spot = placePanel(view, tall, [drawer], 'right');
    expect(spot.mode).toBe('panel');
    expect(intersects({ left: spot.left, top: spot.top, width: 300, height: spot.maxHeight }, drawer)).toBe(false);
    expect(spot.maxHeight).toBeGreaterThanOrEqual(640);
    // A panel short enough for the spot below the drawer still goes there, nearest the docked side.
    const short = placePanel(view, { width: 300, height: 380 }, [drawer], 'right');
    expect(short.left + 300).toBeGreaterThan(1300);
  });

  it('prefers the spot covering fewer bubbles', () => {
    const bubbles = [{ left: 700, top: 50, width: 300, height: 400 }];
    const spot = placePanel(viewport, panel, [], 'right', undefined, { avoid: bubbles });
    expect(intersects({ ...spot, ...panel }, bubbles[0]!)).toBe(false);
  });

  it('becomes a rail where no spot holds the panel, still covering nothing', () => {
    const small = { width: 1024, height: 640 };
    const regions = [
      { left: 0, top: 0, width: 220, height: 640 },
      { left: 764, top: 0, width: 260, height: 640 },
      { left: 220, top: 80, width: 544, height: 560 },
    ];
    const spot = placePanel(small, panel, regions, 'right');
    expect(spot.mode).toBe('rail');
    for (const r of regions) expect(intersects({ left: spot.left, top: spot.top, width: 200, height: 34 }, r)).toBe(false);
  });
});
