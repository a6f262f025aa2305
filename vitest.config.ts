import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    // The CLI speaks the language of LC_ALL/LC_MESSAGES/LANGUAGE/LANG, and tests that run it
    // read English: a machine set to another language must not change their answer.
    env: { LC_ALL: 'C.UTF-8', LANGUAGE: '' },
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        // Unit and integration tests: the shared core, the extension with fakeBrowser,
        // the probe backend against real smtp-server peers on loopback.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'lib/**/*.test.{ts,tsx}',
            'server/**/*.test.ts',
            'entrypoints/**/*.test.{ts,tsx}',
            'components/**/*.test.{ts,tsx}',
            'utils/**/*.test.ts',
            'test/unit/**/*.test.{ts,tsx}',
          ],
          // Generous: tests that start the CLI or a server spend seconds per start on a loaded
          // 2-core machine; a test that hangs still fails.
          testTimeout: 60_000,
          // The projects run one after another (unit, Chromium, Firefox): on a 2-core
          // machine two browsers and the unit workers at once only make every wait longer.
          sequence: { groupOrder: 0 },
        },
      },
      {
        // End-to-end: the built extension in Debian's Chromium, driven by Playwright.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // End-to-end in Firefox: the built Firefox extension in Debian's Firefox ESR
        // (headless), driven over WebDriver BiDi by puppeteer-core.
        test: {
          name: 'e2e-firefox',
          environment: 'node',
          include: ['test/e2e-firefox/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
