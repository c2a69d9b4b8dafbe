/** The remark-flag colours the platforms name, one swatch per name so every site's 红旗 looks the same in the panel. */
const SWATCHES = {
  灰: '#9e9e9e',
  红: '#e53935',
  橙: '#fb8c00',
  黄: '#f9a825',
  绿: '#43a047',
  青: '#00acc1',
  蓝: '#1e88e5',
  紫: '#8e24aa',
} as const;

/** A platform's flags in its own order (the order is the platform's flag number). */
export const flagsNamed = (...names: (keyof typeof SWATCHES)[]) => names.map((name) => ({ name, colour: SWATCHES[name] }));
