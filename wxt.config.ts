import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SHOP_HOST_PATTERNS } from './src/core/hosts';
import { preactWithoutHtmlSink } from './scripts/build/preact-without-html-sink';

// The manifest matches only the real shop hosts. Tests answer those URLs from the fixture shop
// (test/shop) instead of ever matching localhost, so what is tested is what ships.
// Test and demo builds (RADAR_TEST_HOOKS=1) carry hooks the tests drive, such as the clock they
// choose (src/testing/); they go to their own folder so a test build is never shipped by mistake.
const testHooks = process.env.RADAR_TEST_HOOKS === '1';

export default defineConfig({
  manifestVersion: 3,
  // Parallel work trees and benchmarks build side by side without clobbering each other.
  outDir: process.env.WXT_OUT_DIR ?? (testHooks ? '.output-test' : '.output'),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), preactWithoutHtmlSink()],
    define: { __RADAR_TEST_HOOKS__: JSON.stringify(testHooks) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: [...SHOP_HOST_PATTERNS],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // The panel's frame (entrypoints/verdict-panel) is the one page a shop page may embed. Chromium
    // serves it under a per-session id, so a page cannot probe for the extension with it; Firefox's
    // extension ids are per-install already. Any https/http page: granted schema.org shops too.
    web_accessible_resources: [
      {
        resources: ['verdict-panel.html'],
        matches: ['https://*/*', 'http://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fanchang-radar@fanchang.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android runs MV3 add-ons; 142 is its first with the data collection declaration too.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
