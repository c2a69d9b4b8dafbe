/**
 * Writes text into the site's own textarea the way a person's typing would reach a Vue/React app:
 * the prototype's value setter (bypassing the framework's instance override) plus a bubbling input event.
 */
export function fillTextarea(input: HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  setter?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
  input.setSelectionRange(text.length, text.length);
}
