import { readFieldQuery, type FieldToPanel, type PanelToField } from '@/utils/model/field-frame';

/**
 * One text field of the panel, drawn in an extension-origin iframe. The host page cannot see into this document, so
 * the keys, `input` and composition events of what the agent types here never reach any of its listeners. The value
 * goes to the panel over the MessagePort handed over once, with the token from this frame's own address.
 */
const config = readFieldQuery(location.search, location.hash);
// The token is read: take it out of the address so nothing later can see it.
history.replaceState(null, '', location.pathname + location.search);

const input = document.createElement('input');
if (config) {
  input.type = config.type;
  input.maxLength = config.maxLength;
  input.placeholder = config.placeholder;
  if (config.label) input.setAttribute('aria-label', config.label);
  if (config.monospace) input.classList.add('is-mono');
  if (config.min !== undefined) input.min = String(config.min);
  if (config.step !== undefined) input.step = String(config.step);
  input.spellcheck = !config.monospace;
  document.body.append(input);
}

let port: MessagePort | undefined;
const send = (message: FieldToPanel) => port?.postMessage(message);

function onPanelMessage(message: PanelToField) {
  if (message.type === 'set') {
    if (input.value !== message.value) input.value = message.value;
  } else if (message.type === 'focus') input.focus();
  else if (message.type === 'config') {
    input.placeholder = message.placeholder;
    input.disabled = message.disabled;
  }
}

window.addEventListener('message', (event) => {
  // The first message with our token and a port is the panel's; nothing after it (or without it) is listened to.
  if (port || !config || event.data?.kefuField !== config.token || !event.ports[0]) return;
  port = event.ports[0];
  port.onmessage = (e) => onPanelMessage(e.data as PanelToField);
  send({ type: 'ready' });
});

input.addEventListener('input', (event) => {
  if (event.isTrusted) send({ type: 'input', value: input.value });
});
input.addEventListener('keyup', (event) => {
  if (event.isTrusted && !event.isComposing && event.key === 'Enter') send({ type: 'enterUp', value: input.value });
});
input.addEventListener('keydown', (event) => {
  if (!event.isTrusted || event.isComposing) return;
  if (event.key === 'Enter') {
    event.preventDefault();
    send({ type: 'enter', value: input.value });
  } else if (event.key === 'Escape') send({ type: 'escape' });
  else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    send({ type: 'arrow', direction: event.key === 'ArrowDown' ? 'down' : 'up' });
  }
});
