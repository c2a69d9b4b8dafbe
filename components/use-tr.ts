import { useSignals } from '@preact/signals-react/runtime';
import { t } from '@/utils/state/settings';

/** The messages in the agent's language; the component re-renders when the language, or any signal it reads, changes. */
export function useTr(): (typeof t)['value'] {
  useSignals();
  return t.value;
}
