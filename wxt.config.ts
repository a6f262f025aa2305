import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Project code is imported explicitly (grep-able); only WXT's own APIs are auto-imported.
  imports: false,
  manifest: {
    name: 'SMTP Doctor',
    description:
      'Explains why email will not send: spots SMTP errors in webmail and hosting panels, names the cause and walks you to a working setup.',
    permissions: ['storage'],
  },
});
