import { logAction } from './log-action';

/**
 * In the e2e build only (`WXT_E2E_BUILD=1`), extension pages expose `logAction` so the soak test can drive the real
 * queue, outbox and background from four tabs at full speed. Production builds drop this (the condition is a build-time
 * constant); seller pages never get it (content scripts do not call this).
 */
export function exposeForSoakTest(): void {
  if (import.meta.env.WXT_E2E_BUILD) (globalThis as { __kefuLogAction?: typeof logAction }).__kefuLogAction = logAction;
}
