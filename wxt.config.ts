import { defineConfig } from 'wxt';
import { bundleStats } from './build/bundle-stats';
import { coreExternals } from './build/core-externals';
import { noCodeGeneration } from './build/no-code-generation';
import { fillSiteScriptMatches, grantFirstScriptHosts } from './build/site-script-matches';

export default defineConfig({
  // Every context uses the polyfill's promise-based `browser` (Chrome and Firefox alike).
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // No eval-like code in any bundle (store review, MV3 CSP): build/no-code-generation.ts. What each content script is
  // made of, for the size budget (scripts/check-bundle-budget.mjs): build/bundle-stats.ts.
  // `KEFU_READABLE_BUILD=1`: not minified, for CPU profiles with names (test/bench/browser/core-profile.mjs).
  vite: () => ({
    plugins: [noCodeGeneration(), bundleStats()],
    worker: { plugins: () => [noCodeGeneration()] },
    ...(process.env.KEFU_READABLE_BUILD ? { build: { minify: false } } : {}),
  }),
  // `WXT_E2E_BUILD=1 wxt build`: the production build with the panel's shadow root open for Playwright and the soak
  // test's hook on extension pages (utils/log/e2e-hook.ts), written to its own folder.
  ...(process.env.WXT_E2E_BUILD ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  ...(process.env.KEFU_READABLE_BUILD ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-readable' } : {}),
  hooks: {
    // A site's first script carries no profile: its manifest patterns come from the profile here (issue 29).
    'entrypoints:resolved': (_wxt, entrypoints) => fillSiteScriptMatches(entrypoints),
    // A core takes React and React DOM from the vendor script injected before it (issue 29).
    'vite:build:extendConfig': (entrypoints, config) => coreExternals(entrypoints, config),
    // The lead's sites' script is registered at runtime (no manifest patterns): WXT would list its stylesheet for no
    // page, which the explicit entry below (any https page) already covers.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.web_accessible_resources = (manifest.web_accessible_resources as { matches?: string[] }[] | undefined)?.filter(
        (entry) => !entry.matches || entry.matches.length > 0,
      ) as typeof manifest.web_accessible_resources;
      grantFirstScriptHosts(manifest as Parameters<typeof grantFirstScriptHosts>[0]);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // alarms + notifications: a follow-up that falls due is announced even when no seller page is open.
    // scripting: the content script is registered at runtime on backends a lead taught (and injected while teaching);
    // activeTab: the popup sees which page the lead wants to teach.
    // offscreen (Chrome): the optional semantic re-ranker runs its imported model in an offscreen document.
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab', 'offscreen'].filter((p) => p !== 'offscreen' || browser !== 'firefox'),
    // The team log's server is the lead's: its origin is asked for when the agent pastes a connection code.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The panel's stylesheet, and its text fields (entrypoints/field/: extension pages in an iframe, so the page never
    // receives a key the agent types there). Both on any https origin, because a lead may teach any backend (and
    // teaches it through these fields); a per-session URL, so a page can neither probe for them nor load them itself.
    web_accessible_resources: [{ resources: ['content-scripts/lead-sites.css', 'field.html'], matches: ['https://*/*'], use_dynamic_url: true }],
    // The e2e build talks to a ClickHouse server the tests start on loopback, and opens the made-up backend the
    // custom-site test teaches, without a permission prompt (Playwright cannot click one).
    ...(process.env.WXT_E2E_BUILD ? { host_permissions: ['http://127.0.0.1/*', 'https://desk.kefu-demo.test/*'] } : {}),
    // What enterprise policy may set (storage.managed): Chrome and Edge read the schema; Firefox takes policies.json.
    ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed_schema.json' } } : {}),
    // The re-ranker's offscreen document compiles the bundled onnxruntime WebAssembly (never remote script or eval).
    ...(browser !== 'firefox' ? { content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'kefu-assist@kefu.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
