import { describe, expect, it } from 'vitest';
import { hotkeyDigit, hotkeyLabel } from '@/utils/suggest/hotkey';

const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>) => ({ code, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('suggestion hotkeys', () => {
  it('match the chosen modifiers exactly, by physical digit key', () => {
    expect(hotkeyDigit(key('Digit2', { altKey: true, shiftKey: true }), 'alt+shift')).toBe(2);
    expect(hotkeyDigit(key('Numpad3', { ctrlKey: true, shiftKey: true }), 'ctrl+shift')).toBe(3);
    expect(hotkeyDigit(key('Digit1', { ctrlKey: true, altKey: true }), 'ctrl+alt')).toBe(1);
  });

  it('ignore browser shortcuts, extra modifiers and other keys', () => {
    expect(hotkeyDigit(key('Digit1', { ctrlKey: true }), 'ctrl+shift')).toBeUndefined(); // Ctrl+1 switches tabs
    expect(hotkeyDigit(key('Digit1', { altKey: true }), 'alt+shift')).toBeUndefined();
    expect(hotkeyDigit(key('Digit1', { altKey: true, shiftKey: true, ctrlKey: true }), 'alt+shift')).toBeUndefined();
    expect(hotkeyDigit(key('Digit1', { altKey: true, shiftKey: true, metaKey: true }), 'alt+shift')).toBeUndefined();
    expect(hotkeyDigit(key('Digit0', { altKey: true, shiftKey: true }), 'alt+shift')).toBeUndefined();
    expect(hotkeyDigit(key('KeyA', { altKey: true, shiftKey: true }), 'alt+shift')).toBeUndefined();
  });

  it('label the shortcut', () => {
    expect(hotkeyLabel('alt+shift', 1)).toBe('Alt+Shift+1');
    expect(hotkeyLabel('ctrl+alt', 3)).toBe('Ctrl+Alt+3');
  });
});
