/**
 * The packages the cores share through the vendor scripts (`entrypoints/vendor-*.ts`, injected before a core in the
 * same isolated world, one script and so one compile task each): each core is built with these as externals read from
 * `VENDOR_GLOBAL` there (build/core-externals.ts), so they are compiled in tasks of their own and not again in each
 * core (issue 29). Imports nothing: the build config reads it.
 */
export const VENDOR_GLOBAL = '__kefuVendor';
/** React and React DOM (`vendor-react.js`). */
export const REACT_MODULES = {
  react: 'react',
  'react/jsx-runtime': 'jsxRuntime',
  'react-dom': 'reactDom',
  'react-dom/client': 'reactDomClient',
} as const;
/**
 * zod and libphonenumber's finder with its metadata (`vendor-libs.js`): a third of a core's code before they moved.
 * Only the names listed are in the vendor script (entrypoints/vendor-libs/): test/unit/build/vendor-libs.test.ts
 * fails when the code imports another.
 */
export const LIB_MODULES = {
  zod: { key: 'zod', names: ['z'] },
  'libphonenumber-js/min': { key: 'libphonenumber', names: ['findPhoneNumbersInText', 'isSupportedCountry'] },
} as const;
/** Every vendor module a core reads from `VENDOR_GLOBAL`, by the key it is kept under. */
export const VENDOR_MODULES: Record<string, string> = {
  ...REACT_MODULES,
  ...Object.fromEntries(Object.entries(LIB_MODULES).map(([id, { key }]) => [id, key])),
};
/** The vendor scripts' files, injected by the background in this order before each core (background/content-core.ts). */
export const VENDOR_SCRIPTS = ['vendor-react', 'vendor-libs'] as const;
