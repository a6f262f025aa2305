/**
 * The extension API as the browser gives it, for builds that do without
 * webextension-polyfill (see wxt.config.ts): Firefox's `browser`, or Chromium's `chrome`,
 * whose MV3 APIs return promises themselves.
 */
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;
const scope = globalThis as { browser?: Api; chrome?: Api };
export default (scope.browser ?? scope.chrome)!;
