import { defineUnlistedScript } from '#imports';
import { VENDOR_GLOBAL } from '@/utils/content-script/vendor-names';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * React and React DOM for the cores, injected before one (see utils/content-script/vendor-names.ts). React DOM's
 * module body runs in a task after the script's compile (import(): a lazy wrapper in this bundle); the background
 * waits for the returned promise before it injects the core. Kept when injected again (two asks of one first script):
 * a core already running holds the first copy.
 */
export default defineUnlistedScript(async () => {
  const world = globalThis as typeof globalThis & { [VENDOR_GLOBAL]?: Record<string, unknown> };
  if (world[VENDOR_GLOBAL]?.react) return;
  const react = await import('react');
  const jsxRuntime = await import('react/jsx-runtime');
  await nextTask();
  const reactDom = await import('react-dom');
  const reactDomClient = await import('react-dom/client');
  const vendor = (world[VENDOR_GLOBAL] ??= {});
  vendor.react ??= react;
  vendor.jsxRuntime ??= jsxRuntime;
  vendor.reactDom ??= reactDom;
  vendor.reactDomClient ??= reactDomClient;
});
