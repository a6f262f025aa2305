import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { CHROME_DEV_KEY, GECKO_ID } from './lib/extension-identity';
import { PANEL_PORT_GLOBS, PANEL_PORT_MATCHES } from './utils/site-patterns';

const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Project code is imported explicitly (grep-able); only WXT's own APIs are auto-imported.
  imports: false,
  manifest: ({ browser }) => ({
    // Name and description in the browser's language: public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each one: see README "Permissions".
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // Sites the user adds in the options page, asked for one origin at a time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Local probes through `smtp-doctor native install`, asked for when the user turns them on.
    optional_permissions: ['nativeMessaging'],
    // A stable Chromium id for development builds (the native host allows only known ids).
    // Chromium 102: storage.session (the tabs' findings); runtime.sendMessage returns a
    // promise from 99, which the content script relies on without the polyfill.
    ...(browser !== 'firefox' && { key: CHROME_DEV_KEY, minimum_chrome_version: '102' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          // Nothing leaves the browser unless the user starts a probe of a host they typed.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    // The Firefox sources archive is for AMO's reviewers: what builds the extension.
    // The probe backend, the CLI and the tests and their fixtures are not part of it.
    excludeSources: ['server/**', 'bin/**', 'test/**', 'scripts/bench.mjs', 'docs/performance.md'],
  },
  hooks: {
    // The content script only sends messages and reads storage, which return promises in
    // Chromium's MV3 and in Firefox alike: it does without webextension-polyfill, a third of
    // its size. Everything else (the background answers messages with promises) keeps it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const native = {
        find: /^webextension-polyfill$/,
        replacement: fileURLToPath(new URL('utils/native-browser.ts', import.meta.url)),
      };
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [native, ...alias]
          : [native, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))],
      };
    },
    // Panels known by their port (cPanel 2083, Plesk 8443 …) on any host: match
    // patterns cannot express a port on a wildcard host, so the same script gets a
    // second entry that matches http(s) URLs narrowed by include_globs.
    'build:manifestGenerated': (_wxt, manifest) => {
      const main = manifest.content_scripts?.find((entry) => entry.js?.includes(CONTENT_SCRIPT_FILE));
      if (!main) return;
      manifest.content_scripts!.push({
        ...main,
        matches: [...PANEL_PORT_MATCHES],
        include_globs: [...PANEL_PORT_GLOBS],
      });
    },
  },
});
