import { defineUnlistedScript } from '#imports';
import { LIB_MODULES, VENDOR_GLOBAL } from '@/utils/content-script/vendor-names';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Vendor = Partial<Record<(typeof LIB_MODULES)[keyof typeof LIB_MODULES]['key'], unknown>>;

/**
 * zod and libphonenumber for the cores, injected after vendor-react.js (see utils/content-script/vendor-names.ts):
 * compiled in a task of their own, each module body in a task after it; the background waits for the returned
 * promise before it injects the core. Kept when injected again: a core already running holds the first copy.
 */
export default defineUnlistedScript(async () => {
  const world = globalThis as typeof globalThis & { [VENDOR_GLOBAL]?: Vendor };
  const vendor = (world[VENDOR_GLOBAL] ??= {});
  if (vendor.zod) return;
  await nextTask();
  const zod = await import('./zod');
  await nextTask();
  const libphonenumber = await import('./libphonenumber');
  vendor.zod ??= zod;
  vendor.libphonenumber ??= libphonenumber;
});
