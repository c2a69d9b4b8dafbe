import { defineConfig } from 'wxt';

export default defineConfig({
  // Every context uses the polyfill's promise-based `browser` (Chrome and Firefox alike).
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // `WXT_E2E_BUILD=1 wxt build`: the production build with the panel's shadow root open for Playwright and the soak
  // test's hook on extension pages (utils/log/e2e-hook.ts), written to its own folder.
  ...(process.env.WXT_E2E_BUILD ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // alarms + notifications: a follow-up that falls due is announced even when no seller page is open.
    permissions: ['storage', 'alarms', 'notifications'],
    // The team log's server is the lead's: its origin is asked for when the agent pastes a connection code.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The e2e build talks to a ClickHouse server the tests start on loopback without a permission prompt.
    ...(process.env.WXT_E2E_BUILD ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kefu-assist@kefu.local', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
