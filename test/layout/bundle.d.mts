/** The layout harness as one IIFE script, against the source tree `root` (default: this checkout). */
export function bundleHarness(root?: string): Promise<string>;
