// What `use-sync-external-store/shim` gives on React 18 and later (React's own hook), as an ES module: in a core,
// React is an external of the vendor script, and the shim's CommonJS `require("react")` has nothing to call there.
export { useSyncExternalStore } from 'react';
