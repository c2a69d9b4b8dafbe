import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { BUDGET_GZ_BYTES, checkScript, CORE_BUDGET_GZ_BYTES, foreignAdapters, moduleGroup, topGroups, VENDOR_BUDGET_GZ_BYTES } from '../../../scripts/check-bundle-budget.mjs';

const modules = [
  { id: './node_modules/react-dom/cjs/react-dom-client.production.js', bytes: 500_000 },
  { id: './node_modules/@preact/signals-core/dist/signals-core.mjs', bytes: 7_000 },
  { id: './utils/content/page-session.ts', bytes: 9_000 },
  { id: './utils/content/wait-timer.ts', bytes: 3_000 },
  { id: './utils/sites/pinduoduo/chat.ts', bytes: 4_000 },
  { id: './utils/sites/douyin/profile.ts', bytes: 2_000 },
];

describe('content script size budget', () => {
  it('groups modules by package or source folder, largest first', () => {
    expect(moduleGroup('./node_modules/@preact/signals-core/dist/x.mjs')).toBe('@preact/signals-core');
    expect(moduleGroup('./utils/content/page-session.ts')).toBe('utils/content');
    expect(topGroups(modules, 2)).toEqual([
      { group: 'react-dom', bytes: 500_000 },
      { group: 'utils/content', bytes: 12_000 },
    ]);
  });

  it('fails a script over its budget and names its largest parts', () => {
    const [problem] = checkScript({ script: 'core-pinduoduo.js', gzBytes: 90 * 1024, modules, budget: 80 * 1024 });
    expect(problem).toMatch(/core-pinduoduo\.js: 90\.0 kB gzipped, over its budget of 80 kB/);
    expect(problem).toMatch(/react-dom/);
    expect(checkScript({ script: 'core-pinduoduo.js', gzBytes: 79 * 1024, modules: modules.filter((m) => !m.id.includes('react-dom')), budget: 80 * 1024 })).toEqual([]);
  });

  const coreModules = modules.filter((m) => !m.id.includes('react-dom'));

  it('fails a core that holds another site’s adapters, not its profiles', () => {
    expect(foreignAdapters('core-pinduoduo.js', modules)).toEqual([]);
    expect(foreignAdapters('core-douyin.js', modules)).toEqual(['utils/sites/pinduoduo/chat.ts']);
    expect(checkScript({ script: 'core-douyin.js', gzBytes: 1, modules: coreModules })).toEqual([expect.stringMatching(/another site's adapters \(utils\/sites\/pinduoduo\/chat\.ts\)/)]);
    expect(foreignAdapters('core-lead-sites.js', [{ id: './utils/sites/custom/chat.ts', bytes: 1 }])).toEqual([]);
  });

  it('fails a first script that holds any site’s code, even its own profile', () => {
    const first = [{ id: './utils/content-script/first-script.ts', bytes: 900 }];
    expect(checkScript({ script: 'pinduoduo.js', gzBytes: 5 * 1024, modules: first })).toEqual([]);
    const [problem] = checkScript({ script: 'pinduoduo.js', gzBytes: 5 * 1024, modules: [...first, { id: './utils/sites/pinduoduo/profile.ts', bytes: 2_000 }] });
    expect(problem).toMatch(/pinduoduo\.js: a first script holds site code \(utils\/sites\/pinduoduo\/profile\.ts\)/);
  });

  it('fails a core that bundles what the vendor script holds, and a vendor script with the product’s code', () => {
    expect(checkScript({ script: 'core-pinduoduo.js', gzBytes: 1, modules: coreModules })).toEqual([]);
    expect(checkScript({ script: 'core-pinduoduo.js', gzBytes: 1, modules })).toEqual([expect.stringMatching(/core-pinduoduo\.js: bundles react-dom, which a vendor script holds/)]);
    const withZod = [...coreModules, { id: './node_modules/zod/v4/core/schemas.js', bytes: 50_000 }];
    expect(checkScript({ script: 'core-pinduoduo.js', gzBytes: 1, modules: withZod })).toEqual([expect.stringMatching(/core-pinduoduo\.js: bundles zod, which a vendor script holds/)]);
    const vendor = [
      { id: './node_modules/react-dom/cjs/react-dom-client.production.js', bytes: 500_000 },
      { id: './utils/content-script/vendor-names.ts', bytes: 300 },
    ];
    expect(checkScript({ script: 'vendor-react.js', gzBytes: 60 * 1024, modules: vendor })).toEqual([]);
    expect(checkScript({ script: 'vendor-react.js', gzBytes: 60 * 1024, modules: [...vendor, { id: './utils/content/page-session.ts', bytes: 9_000 }] })).toEqual([
      expect.stringMatching(/vendor-react\.js: a vendor script holds the product's own code \(\.\/utils\/content\/page-session\.ts\)/),
    ]);
    expect(checkScript({ script: 'vendor-react.js', gzBytes: VENDOR_BUDGET_GZ_BYTES + 1, modules: vendor })[0]).toMatch(/vendor-react\.js: .* over its budget/);
  });

  it('holds a first script to its own budget and a core to the core budget', () => {
    const gzBytes = BUDGET_GZ_BYTES + 1;
    expect(checkScript({ script: 'jd.js', gzBytes, modules: [] })[0]).toMatch(/over its budget/);
    expect(checkScript({ script: 'core-jd.js', gzBytes, modules: [] })).toEqual([]);
    expect(checkScript({ script: 'core-jd.js', gzBytes: CORE_BUDGET_GZ_BYTES + 1, modules: [] })[0]).toMatch(/core-jd\.js: .* over its budget/);
  });
});
