/** Where the caret is on screen (viewport px), for a list anchored at it; the box's own corner when it cannot tell. */
export interface CaretRect {
  left: number;
  top: number;
  bottom: number;
}

let measure: CanvasRenderingContext2D | null | undefined;

/**
 * The caret of a textarea or a rich editor. A rich editor reports the selection's own rectangle; a textarea is
 * measured with a canvas in its computed font (the page's DOM is never touched), line by line up to the caret —
 * exact for what the picker needs (a short `/` query on the box's first lines), approximate once lines wrap.
 */
export function caretRect(box: HTMLElement): CaretRect {
  const outer = box.getBoundingClientRect();
  const fallback = { left: outer.left + 8, top: outer.top + 4, bottom: outer.top + 24 };
  if (box.tagName !== 'TEXTAREA' && box.tagName !== 'INPUT') {
    const selection = box.ownerDocument.getSelection();
    if (!selection?.rangeCount || !box.contains(selection.anchorNode)) return fallback;
    const range = selection.getRangeAt(0).cloneRange();
    range.collapse(false);
    const rect = range.getClientRects()[0] ?? (range.startContainer instanceof Element ? range.startContainer.getBoundingClientRect() : range.startContainer.parentElement?.getBoundingClientRect());
    return rect && rect.height > 0 ? { left: rect.left, top: rect.top, bottom: rect.bottom } : fallback;
  }
  const field = box as HTMLTextAreaElement;
  const style = box.ownerDocument.defaultView!.getComputedStyle(field);
  measure ??= typeof OffscreenCanvas !== 'undefined' ? (new OffscreenCanvas(1, 1).getContext('2d') as unknown as CanvasRenderingContext2D | null) : null;
  if (!measure) return fallback;
  measure.font = style.font || `${style.fontSize} ${style.fontFamily}`;
  const before = field.value.slice(0, field.selectionEnd ?? field.value.length).split('\n');
  const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.4 || 20;
  const left = outer.left + (Number.parseFloat(style.borderLeftWidth) || 0) + (Number.parseFloat(style.paddingLeft) || 0) + measure.measureText(before.at(-1) ?? '').width - field.scrollLeft;
  const top = outer.top + (Number.parseFloat(style.borderTopWidth) || 0) + (Number.parseFloat(style.paddingTop) || 0) + (before.length - 1) * lineHeight - field.scrollTop;
  return { left: Math.min(left, outer.right - 4), top, bottom: top + lineHeight };
}

/** Where a list of this size goes: under the caret, or above it when the window has no room below; kept on screen. */
export function placeAtCaret(caret: CaretRect, list: { width: number; height: number }, view: { width: number; height: number }) {
  const below = caret.bottom + 4;
  const top = below + list.height <= view.height - 4 ? below : Math.max(4, caret.top - 4 - list.height);
  return { left: Math.max(4, Math.min(caret.left, view.width - list.width - 4)), top };
}
