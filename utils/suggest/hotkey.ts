import type { Hotkey } from '../model';

interface KeyLike {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const WANTS: Record<Hotkey, Pick<KeyLike, 'altKey' | 'shiftKey' | 'ctrlKey'>> = {
  'alt+shift': { altKey: true, shiftKey: true, ctrlKey: false },
  'ctrl+shift': { altKey: false, shiftKey: true, ctrlKey: true },
  'ctrl+alt': { altKey: true, shiftKey: false, ctrlKey: true },
};

/** The suggestion number (1–9) a key press asks for with the agent's hotkey, by physical key so layouts do not matter. */
export function hotkeyDigit(event: KeyLike, hotkey: Hotkey): number | undefined {
  const digit = event.code.match(/^(?:Digit|Numpad)([1-9])$/)?.[1];
  const want = WANTS[hotkey];
  if (!digit || event.metaKey || event.altKey !== want.altKey || event.shiftKey !== want.shiftKey || event.ctrlKey !== want.ctrlKey) return undefined;
  return Number(digit);
}

export function hotkeyLabel(hotkey: Hotkey, n: number): string {
  return `${hotkey
    .split('+')
    .map((k) => k[0]!.toUpperCase() + k.slice(1))
    .join('+')}+${n}`;
}
