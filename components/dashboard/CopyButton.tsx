import { useState } from 'react';
import { t } from '@/utils/state/settings';

/** Copies a text (a secret shown masked, a code) to the clipboard, and says so for a moment. */
export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const tr = t.value;
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <button type="button" onClick={() => void copy()} data-testid={testId} aria-live="polite">
      {tr(state === 'copied' ? 'copy.done' : state === 'failed' ? 'copy.failed' : 'copy.copy')}
    </button>
  );
}
