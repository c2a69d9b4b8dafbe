import { signal } from '@preact/signals-react';
import { buildContentMap, type ContentItem, type ContentMap } from '../panel/free-space';
import { afterNextFrame } from '../panel/next-frame';
import { placePanel, type Dock, type Placement, type Rect } from '../panel/placement';
import type { SiteAdapter } from '../sites/types';
import { conversationRows, replyBoxNearSend } from '../sites/fallbacks';
import { inkRect } from './ink-rect';
import { sampleContent } from './sample-content';

/** The rail's size (the buyer and the waiting timer on one line): `.kefu-panel.is-rail` in panel.css. */
export const RAIL = { width: 240, height: 34 };
/** The page is measured again at most this often, and only once it changed (resize, many nodes added or removed). */
const RESAMPLE_MS = 250;
/** Added plus removed nodes that make the last measurement stale. */
const LARGE_MUTATION = 20;
/** The newest message rows stay in view like the host's protected regions. */
const NEWEST_ROWS = 3;
/** Up to this many regions to avoid are narrowed to what they show (see ink-rect.ts). */
const INK_AVOID_MAX = 20;
/** The panel's natural height is capped to this share of the window before placement looks for room. */
const MAX_SHARE = 0.92;

export interface PlacementMemory {
  /** Where the agent last dragged the panel on this site and page kind. */
  saved?: { left: number; top: number };
  save: (position: { left: number; top: number } | undefined) => void;
}

const rectOf = (el: Element): Rect => {
  const box = el.getBoundingClientRect();
  return { left: box.left, top: box.top, width: box.width, height: box.height };
};

/**
 * Keeps the panel clear of the host's protected regions as the page, the window and the panel itself change size, and
 * remembers where the agent dragged it (per site and page kind). Reads host geometry here so components never do.
 */
export interface PlacementOptions {
  /**
   * Place the panel first once the page has been laid out with it (after the next frame, in a task of its own), not in
   * the task that inserted it: measuring there forces that layout inside the insertion's task, one long task (issue
   * 29). The panel waits off-screen until then; every later change is measured when it happens.
   */
  firstAfterFrame?: boolean;
}

/** A hidden tab draws no frame: the first placement does not wait for one longer than this. */
const FIRST_FRAME_WAIT_MS = 500;

export function trackPlacement(adapter: SiteAdapter, doc: Document, getDock: () => Dock, memory: PlacementMemory = { save: () => {} }, options: PlacementOptions = {}) {
  const position = signal<Placement>({ mode: 'panel', left: -9999, top: 0, maxHeight: 600 });
  /** The panel has had its first placement (with `firstAfterFrame` it waits off-screen until then). */
  const placed = signal(!options.firstAfterFrame);
  let panel: HTMLElement | null = null;
  let preferred = memory.saved;
  let laidOut = !options.firstAfterFrame;
  let firstTimers: (() => void) | undefined;
  const afterFirstFrame = () => {
    if (firstTimers) return;
    firstTimers = afterNextFrame(
      doc.defaultView!,
      () => {
        laidOut = true;
        update();
        placed.value = true;
      },
      FIRST_FRAME_WAIT_MS,
    );
  };

  // The whole panel's height, measured while it shows in full: placement decides panel-or-rail from it, never from the
  // rail's own small size (which would find room for the panel, show it, no longer fit, and flip back).
  let fullHeight = 420;
  let fullWidth = 300;
  const naturalHeight = () => {
    if (!panel) return fullHeight;
    const header = panel.querySelector('header')?.offsetHeight ?? 32;
    if (panel.classList.contains('is-collapsed')) return panel.offsetHeight;
    const body = panel.querySelector<HTMLElement>('.kefu-body');
    if (body) fullHeight = header + body.scrollHeight + 2;
    return fullHeight;
  };

  // The free-space map: what the page shows, measured, kept until the page changes enough (throttled).
  let map: { content: ContentMap; keepInView: Rect[]; at: number } | undefined;
  let stale = true;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const measure = (view: Window, avoidRects: Rect[]) => {
    const now = performance.now();
    if (map && (!stale || now - map.at < RESAMPLE_MS)) {
      if (stale && !pending) pending = setTimeout(() => ((pending = undefined), update()), RESAMPLE_MS - (now - map.at));
      return map;
    }
    stale = false;
    const sample = sampleContent(doc);
    const rows = avoidRects.length ? avoidRects : conversationRows(doc).map(rectOf);
    if (rows.length === 0) rows.push(...newestAboveReply(sample.items));
    // A "row" taller than this is a whole list (a loose selector), not a message.
    const onScreen = rows.filter((r) => r.width > 0 && r.height > 0 && r.height < view.innerHeight * 0.4 && r.top < view.innerHeight && r.top + r.height > 0);
    const keepInView = onScreen.sort((a, b) => b.top + b.height - (a.top + a.height)).slice(0, NEWEST_ROWS);
    map = { content: buildContentMap({ width: view.innerWidth, height: view.innerHeight }, sample.items, sample.columns, sample.controls), keepInView, at: performance.now() };
    return map;
  };
  /** No rows known: the last texts above the reply box, in its column, are the newest messages (their bubbles, padded). */
  const newestAboveReply = (items: ContentItem[]): Rect[] => {
    const reply = adapter.chatInput?.(doc) ?? replyBoxNearSend(doc);
    if (!reply) return [];
    // The reply box's frame: its nearest parent with a box (a framework's wrapper may have none).
    let frame: Element = reply;
    for (let up = reply.parentElement; up && up !== doc.body; up = up.parentElement)
      if (up.getBoundingClientRect().width > 0) {
        frame = up;
        break;
      }
    const box = rectOf(frame);
    const view = doc.defaultView!;
    return items
      .filter((item) => item.kind === 'text')
      .map((item) => (item.block && item.block.height < view.innerHeight * 0.25 ? item.block : item.rect))
      .filter((rect) => rect.top + rect.height <= box.top + 1 && rect.left < box.left + box.width && box.left < rect.left + rect.width)
      .sort((a, b) => b.top + b.height - (a.top + a.height))
      .slice(0, NEWEST_ROWS)
      .map((rect) => ({ left: rect.left - 8, top: rect.top - 8, width: rect.width + 16, height: rect.height + 16 }));
  };
  const mutations = new MutationObserver((records) => {
    let changed = 0;
    for (const record of records) changed += record.addedNodes.length + record.removedNodes.length;
    if (changed < LARGE_MUTATION) return;
    stale = true;
    update();
  });
  if (doc.body) mutations.observe(doc.body, { childList: true, subtree: true });
  const onResize = () => {
    stale = true;
    update();
  };

  const update = () => {
    if (!panel) return;
    if (!laidOut) return afterFirstFrame();
    const view = doc.defaultView!;
    // On an order page a protected block is kept clear where it shows something (a full-width remark box with its text
    // on the left); a chat page's regions are kept whole (the whole width of a reply bar is where the agent types).
    const orderPage = adapter.pageKind !== 'chat';
    const keepClear = adapter
      .keepClear(doc)
      .map(orderPage ? inkRect : rectOf)
      .filter((r) => r.width > 0 && r.height > 0);
    // Likewise a few blocks to avoid on an order page (its rows or card) count where they show something.
    const avoidEls = adapter.avoid?.(doc) ?? [];
    const avoid = avoidEls.map(orderPage && avoidEls.length <= INK_AVOID_MAX ? inkRect : rectOf);
    const { content, keepInView } = measure(view, avoid);
    // Like the height, the width is the whole panel's, not the rail's (200 px) or the collapsed one's.
    if (!panel.classList.contains('is-rail') && !panel.classList.contains('is-collapsed') && panel.offsetWidth > 0) fullWidth = panel.offsetWidth;
    const size = { width: panel.classList.contains('is-collapsed') ? panel.offsetWidth : fullWidth, height: Math.min(Math.max(naturalHeight(), 120), view.innerHeight * MAX_SHARE) };
    position.value = placePanel({ width: view.innerWidth, height: view.innerHeight }, size, keepClear, getDock(), preferred, { avoid, rail: RAIL, content, keepInView });
  };
  const resize = new ResizeObserver(() => update());
  doc.defaultView?.addEventListener('resize', onResize);
  // A scrolled list moves what it shows: measured again (throttled like every other change).
  doc.addEventListener('scroll', onResize, { capture: true, passive: true });

  return {
    position,
    placed,
    update,
    attach(el: HTMLElement | null) {
      if (panel) resize.unobserve(panel);
      panel = el;
      if (el) {
        resize.observe(el);
        const body = el.querySelector('.kefu-body');
        if (body) resize.observe(body);
        update();
      }
    },
    /** A drag ends: keep the spot if it covers nothing (else the nearest clear one), and remember it. */
    moveTo(left: number, top: number) {
      preferred = { left, top };
      update();
      preferred = { left: position.value.left, top: position.value.top };
      memory.save(preferred);
    },
    resetPreferred() {
      preferred = undefined;
      memory.save(undefined);
      update();
    },
    dispose() {
      firstTimers?.();
      resize.disconnect();
      mutations.disconnect();
      if (pending) clearTimeout(pending);
      doc.defaultView?.removeEventListener('resize', onResize);
      doc.removeEventListener('scroll', onResize, { capture: true });
    },
  };
}

export type PlacementTracker = ReturnType<typeof trackPlacement>;
