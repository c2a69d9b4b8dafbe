/**
 * The packages the cores share through one vendor script (`entrypoints/vendor-react.ts`, injected before a core in
 * the same isolated world): each core is built with these as externals read from `VENDOR_GLOBAL` there
 * (build/core-externals.ts), so React DOM is compiled in a task of its own and not again in each core (issue 29).
 * Imports nothing: the build config reads it.
 */
export const VENDOR_GLOBAL = '__kefuVendor';
export const VENDOR_MODULES = {
  react: 'react',
  'react/jsx-runtime': 'jsxRuntime',
  'react-dom': 'reactDom',
  'react-dom/client': 'reactDomClient',
} as const;
/** The vendor script's file, injected by the background before each core (entrypoints/background/content-core.ts). */
export const VENDOR_SCRIPT = 'vendor-react';
