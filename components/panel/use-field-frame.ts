import { browser } from '#imports';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { fieldQuery, fieldToPanelSchema, type FieldConfig, type PanelToField } from '@/utils/model/field-frame';
import { createFieldEcho } from '@/utils/panel/field-echo';

export interface FieldFrameHandlers {
  value: string;
  placeholder: string;
  disabled: boolean;
  autoFocus: boolean;
  onChange: (value: string) => void;
  /** With the field's value as the agent left it (the panel's state may not have caught up yet). */
  onEnter?: (value: string) => void;
  onEscape?: () => void;
  onArrow?: (direction: 'up' | 'down') => void;
  onEnterUp?: (value: string) => void;
}

/** How long a loaded frame has to answer the handshake before it is taken for not ours and replaced. */
const ANSWER_MS = 3000;

/**
 * Where the field's document lives. Not the origin of its per-session URL: Chromium loads a `use_dynamic_url` resource
 * under the extension's own origin, which `getURL('/')` names.
 */
const FRAME_ORIGIN = () => new URL(browser.runtime.getURL('/')).origin;

const randomToken = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Wires one iframe field to the panel: the frame's address carries a fresh token, each `load` hands it a private
 * MessagePort (posted only to the extension's origin), and the value flows both ways over that port. A load that our
 * field does not answer in time means something navigated the frame (only the page could): the frame is replaced with
 * a new token, so the agent never types into a document that is not ours.
 */
export function useFieldFrame(shape: Omit<FieldConfig, 'token'>, handlers: FieldFrameHandlers): { ref: RefObject<HTMLIFrameElement | null>; src: string; key: number } {
  const ref = useRef<HTMLIFrameElement>(null);
  const latest = useRef(handlers);
  latest.current = handlers;
  const [frame, setFrame] = useState(() => ({ key: 0, token: randomToken() }));
  const [src] = useState(() => browser.runtime.getURL('/field.html'));
  const port = useRef<MessagePort | undefined>(undefined);
  // Made once: a dependency of the effects below that never changes.
  const [echo] = useState(createFieldEcho);
  const post = (message: PanelToField) => port.current?.postMessage(message);

  // A layout effect: the frame's `load` cannot come before its listener. Each load (the first is the empty document
  // the frame starts with) gets a fresh channel; a load that is not answered by our field in time is not ours.
  useLayoutEffect(() => {
    const iframe = ref.current;
    if (!iframe) return;
    let channel: MessageChannel | undefined;
    let unanswered: ReturnType<typeof setTimeout> | undefined;
    const replace = () => setFrame(({ key }) => ({ key: key + 1, token: randomToken() }));
    const onMessage = (event: MessageEvent) => {
      const parsed = fieldToPanelSchema.safeParse(event.data);
      if (!parsed.success) return;
      const message = parsed.data;
      const now = latest.current;
      if (message.type === 'ready') {
        clearTimeout(unanswered);
        port.current = event.target as MessagePort;
        echo.reset();
        post({ type: 'set', value: now.value });
        post({ type: 'config', placeholder: now.placeholder, disabled: now.disabled });
        if (now.autoFocus) {
          iframe.focus();
          post({ type: 'focus' });
        }
      } else if (event.target !== port.current) return;
      else if (message.type === 'input') {
        echo.reported(message.value);
        now.onChange(message.value);
      } else if (message.type === 'enter') now.onEnter?.(message.value);
      else if (message.type === 'arrow') now.onArrow?.(message.direction);
      else if (message.type === 'enterUp') now.onEnterUp?.(message.value);
      else now.onEscape?.();
    };
    const onLoad = () => {
      channel?.port1.close();
      port.current = undefined;
      clearTimeout(unanswered);
      channel = new MessageChannel();
      channel.port1.onmessage = onMessage;
      iframe.contentWindow?.postMessage({ kefuField: frame.token }, FRAME_ORIGIN(), [channel.port2]);
      unanswered = setTimeout(replace, ANSWER_MS);
    };
    iframe.addEventListener('load', onLoad);
    return () => {
      iframe.removeEventListener('load', onLoad);
      clearTimeout(unanswered);
      channel?.port1.close();
      port.current = undefined;
    };
  }, [frame, src, echo]);

  // The panel changed the value itself (cleared after saving, clipped): tell the frame; its own values coming back,
  // even stale ones while the agent types on, are not sent back.
  useEffect(() => {
    if (echo.shouldSend(handlers.value)) post({ type: 'set', value: handlers.value });
  }, [echo, handlers.value]);
  useEffect(() => post({ type: 'config', placeholder: handlers.placeholder, disabled: handlers.disabled }), [handlers.placeholder, handlers.disabled]);

  return { ref, src: `${src}${fieldQuery({ ...shape, token: frame.token })}`, key: frame.key };
}
