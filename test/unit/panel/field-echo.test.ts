import { describe, expect, it } from 'vitest';
import { createFieldEcho } from '@/utils/panel/field-echo';

describe('createFieldEcho', () => {
  it('a stale render of what the frame reported is not sent back while the agent types on', () => {
    const echo = createFieldEcho();
    for (const v of ['s', 'se', 'sec', 'secr', 'secre', 'secret']) echo.reported(v);
    // The panel renders behind the frame: none of it goes back.
    expect(['secr', 'secre', 'secret'].map((v) => echo.shouldSend(v))).toEqual([false, false, false]);
  });

  it("the panel's own change goes to the frame: cleared after saving, clipped", () => {
    const echo = createFieldEcho();
    echo.reported('a');
    echo.reported('ab');
    expect(echo.shouldSend('ab')).toBe(false);
    expect(echo.shouldSend('')).toBe(true);
    echo.reported('abcdefghijklmnop');
    expect(echo.shouldSend('abcdefghijkl')).toBe(true);
  });

  it('a value typed, erased and typed again is matched in order, so a stale empty render is not sent back', () => {
    const echo = createFieldEcho();
    for (const v of ['a', '', 'a']) echo.reported(v);
    expect(echo.shouldSend('a')).toBe(false);
    expect(echo.shouldSend('')).toBe(false);
    expect(echo.shouldSend('a')).toBe(false);
    // Everything reported has been rendered: the panel clearing the field now is its own change.
    expect(echo.shouldSend('')).toBe(true);
  });

  it('after a reload nothing reported before counts', () => {
    const echo = createFieldEcho();
    echo.reported('old');
    echo.reset();
    expect(echo.shouldSend('old')).toBe(true);
  });
});
