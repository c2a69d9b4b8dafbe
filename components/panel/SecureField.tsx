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
  testId?: string;
  className?: string;
}

/**
 * A text field of the panel that the host page cannot listen to: drawn in an extension-origin iframe (see
 * entrypoints/field/), so what the agent types reaches neither the page's key listeners nor its `input` listeners.
 * Use it for every text the agent types in the panel.
 */
export function SecureField({ value, onChange, label, placeholder = '', maxLength = 2000, type = 'text', min, step, monospace = false, autoFocus = false, disabled = false, onEnter, onEscape, testId, className }: Props) {
  const { ref, src, key } = useFieldFrame({ type, maxLength, placeholder, label, monospace, min, step }, { value, placeholder, disabled, autoFocus, onChange, onEnter, onEscape });
  return <iframe key={key} ref={ref} src={src} title={label} className={`kefu-field${className ? ` ${className}` : ''}`} data-testid={testId} />;
}
