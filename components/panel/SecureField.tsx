import { useEffect, useState } from 'react';
import { useFieldFrame } from './use-field-frame';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Its accessible name (and the frame's title). */
  label: string;
  placeholder?: string;
  maxLength?: number;
  type?: 'text' | 'number';
  min?: number;
  step?: number;
  monospace?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
  /** Enter in the field (the frame never submits a form of the page's). */
  onEnter?: (value: string) => void;
  onEscape?: () => void;
  /** ↑/↓ in the field (it keeps the caret; a list it searches moves its highlight). */
  onArrow?: (direction: 'up' | 'down') => void;
  /** Enter released: for an action that moves focus to the page, so the page never gets the keyup. */
  onEnterUp?: (value: string) => void;
  testId?: string;
  className?: string;
}

/**
 * A text field of the panel that the host page cannot listen to: drawn in an extension-origin iframe (see
 * entrypoints/field/), so what the agent types reaches neither the page's key listeners nor its `input` listeners.
 * Use it for every text the agent types in the panel.
 */
/**
 * True once the host document has loaded. A frame inserted before that would hold back the page's own `load` event
 * (the seller app may wait for it), so fields wait for it; until then their place is kept by an empty box.
 */
function useHostLoaded(): boolean {
  const [loaded, setLoaded] = useState(() => document.readyState === 'complete');
  useEffect(() => {
    if (loaded) return;
    const done = (event: Event) => event.isTrusted && setLoaded(true);
    window.addEventListener('load', done, { once: true });
    return () => window.removeEventListener('load', done);
  }, [loaded]);
  return loaded;
}

export function SecureField(props: Props) {
  return useHostLoaded() ? <FieldFrame {...props} /> : <span className={`kefu-field is-waiting${props.className ? ` ${props.className}` : ''}`} data-testid={props.testId} />;
}

function FieldFrame({
  value,
  onChange,
  label,
  placeholder = '',
  maxLength = 2000,
  type = 'text',
  min,
  step,
  monospace = false,
  autoFocus = false,
  disabled = false,
  onEnter,
  onEscape,
  onArrow,
  onEnterUp,
  testId,
  className,
}: Props) {
  const { ref, src, key } = useFieldFrame({ type, maxLength, placeholder, label, monospace, min, step }, { value, placeholder, disabled, autoFocus, onChange, onEnter, onEscape, onArrow, onEnterUp });
  return <iframe key={key} ref={ref} src={src} title={label} className={`kefu-field${className ? ` ${className}` : ''}`} data-testid={testId} />;
}
