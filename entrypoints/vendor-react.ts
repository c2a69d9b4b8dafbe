import { defineUnlistedScript } from '#imports';
import * as react from 'react';
import * as reactDom from 'react-dom';
import * as reactDomClient from 'react-dom/client';
import * as jsxRuntime from 'react/jsx-runtime';
import { VENDOR_GLOBAL } from '@/utils/content-script/vendor-names';

/**
 * React and React DOM for the cores, injected before one (see utils/content-script/vendor-names.ts). Kept when
 * injected again (two asks of one first script): a core already running holds the first copy.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as typeof globalThis & { [VENDOR_GLOBAL]?: object };
  world[VENDOR_GLOBAL] ??= { react, reactDom, reactDomClient, jsxRuntime };
});
